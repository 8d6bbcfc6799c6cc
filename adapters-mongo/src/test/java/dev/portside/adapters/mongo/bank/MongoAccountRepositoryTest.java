package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.bank.AccountRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("a_save_in_a_unit_that_fails_is_rolled_back")
class MongoAccountRepositoryTest extends AccountRepositoryContract implements OnTestMongo {

    @Inject
    AccountRepository repository;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected AccountRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
