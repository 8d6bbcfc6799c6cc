package dev.portside.adapters.postgres.idempotency;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.idempotency.IdempotencyStoreContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.TestInstance;

/** The idempotency contract on PostgreSQL, with the adapter's default retention. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdempotencyStoreTest extends IdempotencyStoreContract implements OnTestPostgres {

    @Override
    protected Duration retention() {
        return Duration.ofHours(24);
    }
}
