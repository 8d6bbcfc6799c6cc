package dev.portside.adapters.postgres.event;

import dev.portside.adapters.postgres.testsupport.FutureEvents;
import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.testkit.event.OutboxContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox contract on PostgreSQL: among others, a reader following concurrent units never skips
 * an event, which holds only because the insert trigger takes ids in commit order (ADR 21), and rows
 * of a type this build does not know, inserted by SQL, are passed over.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutboxTest extends OutboxContract implements OnTestPostgres {

    @Override
    protected void storeEventsOfUnknownType(String type, int count) {
        FutureEvents.store(type, "users", count);
    }
}
