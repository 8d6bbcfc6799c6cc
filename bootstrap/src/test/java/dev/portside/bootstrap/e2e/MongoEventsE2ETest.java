package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.EventsApiScenarios;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.testsupport.FutureEvents;
import dev.portside.application.event.EventHub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link EventsApiScenarios} against the real service on the {@code mongo} configuration. On the
 * in-process server there is no change stream: the hub finds events by polling (every 500 ms here).
 */
@MicronautTest(environments = "mongo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoEventsE2ETest extends EventsApiScenarios implements OnRealServiceWithMongo {

    @Inject
    EventHub hub;

    @Inject
    MongoStorage storage;

    @Override
    protected int openStreamsOnTheServer() {
        return hub.openSubscriptions();
    }

    @Override
    protected void storeEventsOfUnknownType(String type, String topic, int count) {
        FutureEvents.store(storage.database(), type, topic, count);
    }
}
