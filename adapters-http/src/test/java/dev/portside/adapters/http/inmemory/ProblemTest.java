package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.ProblemScenarios;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;

@MicronautTest
class ProblemTest extends ProblemScenarios {

    @Inject
    EmbeddedServer server;

    @Override
    protected URI baseUrl() {
        return server.getURI();
    }

    @Override
    protected Credentials adminCredentials() {
        return InMemoryApi.ADMIN;
    }
}
