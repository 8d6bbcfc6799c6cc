package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.bank.AccountStatementsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoAccountStatementsTest extends AccountStatementsContract implements OnTestMongo {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AccountRepository accounts;

    @Inject
    Ledger ledger;

    @Inject
    AccountStatements statements;

    @Inject
    LedgerBalances ledgerBalances;

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected Ledger ledger() {
        return ledger;
    }

    @Override
    protected AccountStatements statements() {
        return statements;
    }

    @Override
    protected LedgerBalances ledgerBalances() {
        return ledgerBalances;
    }
}
