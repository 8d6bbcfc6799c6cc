package dev.portside.application.bank;

import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;

/**
 * The bank use cases over their ports: the one place that knows which service needs which port.
 * Bootstrap's composition root and the tests (the HTTP adapter's in-memory backend, this module's
 * fixtures) all build the use cases through it, with whichever adapters or fakes implement the ports.
 * Services hold no state, so each call may build a new one; callers keep what they build.
 */
public final class BankUseCases {

    private final AccountRepository accounts;
    private final Ledger ledger;
    private final AccountStatements statements;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BankUseCases(AccountRepository accounts, Ledger ledger, AccountStatements statements, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.statements = statements;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public DepositMoney depositMoney() {
        return new DepositMoneyService(accounts, ledger, outbox, unitOfWork, clock);
    }

    public GetAccount getAccount() {
        return new GetAccountService(accounts, unitOfWork);
    }

    public GetStatement getStatement() {
        return new GetStatementService(accounts, statements, unitOfWork);
    }

    public ListMyAccounts listMyAccounts() {
        return new ListMyAccountsService(accounts, unitOfWork);
    }

    public OpenAccount openAccount() {
        return new OpenAccountService(accounts, unitOfWork, clock);
    }

    public TransferMoney transferMoney() {
        return new TransferMoneyService(accounts, ledger, outbox, unitOfWork, clock);
    }
}
