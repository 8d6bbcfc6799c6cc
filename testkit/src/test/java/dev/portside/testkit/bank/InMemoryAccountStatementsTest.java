package dev.portside.testkit.bank;

import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

class InMemoryAccountStatementsTest extends AccountStatementsContract {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(database);
    private final InMemoryLedger ledger = new InMemoryLedger(database);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);

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
        return ledger;
    }

    @Override
    protected LedgerBalances ledgerBalances() {
        return ledger;
    }
}
