package dev.portside.adapters.mongo.idempotency;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.IdempotencyStoreContract;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.TestInstance;

/** The idempotency contract on MongoDB, with the adapter's default retention. */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("completion_rolls_back_with_its_unit_of_work")
class MongoIdempotencyStoreTest extends IdempotencyStoreContract implements OnTestMongo {

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
