package dev.portside.adapters.mongo.event;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.testsupport.FutureEvents;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.testkit.event.OutboxContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox contract on MongoDB. On the in-process server (no transactions) the unit's inserts are
 * visible before the unit ends, so that one test runs only on a replica set; the rest, including the
 * reader that must never skip an event and the reads that pass over documents of a type this build
 * does not know (inserted with the driver), run everywhere.
 */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("nothing_is_visible_before_the_unit_commits")
class MongoOutboxTest extends OutboxContract implements OnTestMongo {

    @Inject
    MongoStorage storage;

    @Override
    protected void storeEventsOfUnknownType(String type, int count) {
        FutureEvents.store(storage.database(), type, "users", count);
    }
}
