package dev.portside.adapters.mongo.shared;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.testkit.shared.UnitOfWorkContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.TestInstance;

/** The unit-of-work contract on MongoDB sessions and transactions. */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions({
    "exception_rolls_back_every_write_of_the_work",
    "nested_unit_joins_the_outer_one_and_rolls_back_with_it",
    "transient_failure_reruns_the_whole_work_and_commits_once",
    "retries_are_bounded_and_then_the_unit_fails_without_writes",
    "a_failing_before_commit_action_rolls_the_unit_back"
})
class MongoUnitOfWorkTest extends UnitOfWorkContract implements OnTestMongo {

    @Inject
    MongoStorage storage;

    @Override
    protected void writeMarker(String marker) {
        storage.collection("uow_probe").insert(new Document("_id", marker));
    }

    @Override
    protected boolean isCommitted(String marker) {
        return storage.collection("uow_probe").count(Filters.eq("_id", marker)) == 1;
    }

    @Override
    protected RuntimeException transientFailure() {
        MongoException conflict = new MongoException(112, "simulated write conflict");
        conflict.addLabel(MongoFailures.TRANSIENT_TRANSACTION_ERROR);
        return conflict;
    }

    @Override
    protected int maxAttempts() {
        return 5;
    }
}
