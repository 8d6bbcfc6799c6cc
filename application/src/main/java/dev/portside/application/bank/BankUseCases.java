package dev.portside.application.bank;

import dev.portside.application.shared.UseCaseDecorator;
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
 * Services hold no state, so each call may build a new one; callers keep what they build. Each use case
 * is passed through a {@link UseCaseDecorator} as it is built: the identity, or the composition root's
 * (which times it, ADR 20).
 */
public final class BankUseCases {

    private final AccountRepository accounts;
    private final Ledger ledger;
    private final AccountStatements statements;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final UseCaseDecorator decorator;

    /** The use cases as the services themselves (the tests, the HTTP adapter's in-memory backend). */
    public BankUseCases(
            AccountRepository accounts,
            Ledger ledger,
            AccountStatements statements,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock) {
        this(accounts, ledger, statements, outbox, unitOfWork, clock, UseCaseDecorator.IDENTITY);
    }

    /** Each use case passed through {@code decorator} as it is built (the composition root's timers). */
    public BankUseCases(
            AccountRepository accounts,
            Ledger ledger,
            AccountStatements statements,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator decorator) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.statements = statements;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.decorator = decorator;
    }

    public DepositMoney depositMoney() {
        return decorator.decorate(
                DepositMoney.class, new DepositMoneyService(accounts, ledger, outbox, unitOfWork, clock));
    }

    public GetAccount getAccount() {
        return decorator.decorate(GetAccount.class, new GetAccountService(accounts, unitOfWork));
    }

    public GetStatement getStatement() {
        return decorator.decorate(GetStatement.class, new GetStatementService(accounts, statements, unitOfWork));
    }

    public ListMyAccounts listMyAccounts() {
        return decorator.decorate(ListMyAccounts.class, new ListMyAccountsService(accounts, unitOfWork));
    }

    public OpenAccount openAccount() {
        return decorator.decorate(OpenAccount.class, new OpenAccountService(accounts, unitOfWork, clock));
    }

    public TransferMoney transferMoney() {
        return decorator.decorate(
                TransferMoney.class, new TransferMoneyService(accounts, ledger, outbox, unitOfWork, clock));
    }
}
