package dev.portside.adapters.mongo.idempotency;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.application.idempotency.IdempotencyStoreContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import org.junit.jupiter.api.TestInstance;

/** The idempotency contract on MongoDB, with the adapter's default retention. */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("completion_rolls_back_with_its_unit_of_work")
class MongoIdempotencyStoreTest extends IdempotencyStoreContract implements OnTestMongo {

    @Override
    protected Duration retention() {
        return Duration.ofHours(24);
    }
}
