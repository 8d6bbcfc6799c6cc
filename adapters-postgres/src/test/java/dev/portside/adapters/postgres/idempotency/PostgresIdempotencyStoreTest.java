package dev.portside.adapters.postgres.idempotency;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.IdempotencyStoreContract;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.TestInstance;

/** The idempotency contract on PostgreSQL, with the adapter's default retention. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdempotencyStoreTest extends IdempotencyStoreContract implements OnTestPostgres {

    @Inject
    IdempotencyStore store;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected Duration retention() {
        return Duration.ofHours(24);
    }
}
