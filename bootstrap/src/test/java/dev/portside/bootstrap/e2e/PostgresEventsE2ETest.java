package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.EventsApiScenarios;
import dev.portside.adapters.postgres.testsupport.FutureEvents;
import dev.portside.application.event.EventHub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** {@link EventsApiScenarios} (SSE and WebSocket) against the real service on PostgreSQL (LISTEN/NOTIFY). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventsE2ETest extends EventsApiScenarios implements OnRealServiceWithPostgres {

    @Inject
    EventHub hub;

    @Override
    protected int openStreamsOnTheServer() {
        return hub.openSubscriptions();
    }

    @Override
    protected void storeEventsOfUnknownType(String type, String topic, int count) {
        FutureEvents.store(type, topic, count);
    }
}
