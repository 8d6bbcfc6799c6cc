package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.TokenSecurityScenarios;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;

@MicronautTest
class TokenSecurityTest extends TokenSecurityScenarios {

    @Inject
    EmbeddedServer server;

    @Value("${portside.security.jwt-secret}")
    String secret;

    @Override
    protected URI baseUrl() {
        return server.getURI();
    }

    @Override
    protected Credentials adminCredentials() {
        return InMemoryApi.ADMIN;
    }

    @Override
    protected String jwtSecret() {
        return secret;
    }
}
