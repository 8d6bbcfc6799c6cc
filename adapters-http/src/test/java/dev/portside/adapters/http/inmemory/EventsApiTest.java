package dev.portside.adapters.http.inmemory;

import dev.portside.adapters.http.scenarios.EventsApiScenarios;
import dev.portside.application.event.EventHub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

@MicronautTest
class EventsApiTest extends EventsApiScenarios {

    @Inject
    EventHub hub;

    @Override
    protected int openStreamsOnTheServer() {
        return hub.openSubscriptions();
    }
}
