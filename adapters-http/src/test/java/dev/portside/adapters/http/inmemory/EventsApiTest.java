package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.EventsApiScenarios;
import dev.portside.application.event.EventHub;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;

@MicronautTest
class EventsApiTest extends EventsApiScenarios {

    @Inject
    EmbeddedServer server;

    @Inject
    EventHub hub;

    @Override
    protected URI baseUrl() {
        return server.getURI();
    }

    @Override
    protected Credentials adminCredentials() {
        return InMemoryApi.ADMIN;
    }

    @Override
    protected int openStreamsOnTheServer() {
        return hub.openSubscriptions();
    }
}
