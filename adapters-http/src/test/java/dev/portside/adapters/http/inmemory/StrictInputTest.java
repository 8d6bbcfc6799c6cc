package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.StrictInputScenarios;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;

@MicronautTest
class StrictInputTest extends StrictInputScenarios {

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
