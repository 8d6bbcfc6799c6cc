package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.Money;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.bank.InMemoryAccountRepository;
import dev.portside.testkit.bank.InMemoryLedger;
import dev.portside.testkit.event.InMemoryOutbox;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shared.MutableClock;
import java.util.Set;

/** The bank use cases wired over the in-memory fakes, plus the reads tests need to check outcomes. */
final class BankFixture {

    final InMemoryDatabase database = new InMemoryDatabase();
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    final InMemoryAccountRepository accounts = new InMemoryAccountRepository(database);
    final InMemoryLedger ledger = new InMemoryLedger(database);
    final MutableClock clock = MutableClock.at("2025-06-01T10:00:00Z");
    final InMemoryOutbox outbox = new InMemoryOutbox(database, clock);

    final BankUseCases useCases = new BankUseCases(accounts, ledger, ledger, outbox, unitOfWork, clock);
    final OpenAccount openAccount = useCases.openAccount();
    final ListMyAccounts listMyAccounts = useCases.listMyAccounts();
    final GetAccount getAccount = useCases.getAccount();
    final DepositMoney depositMoney = useCases.depositMoney();
    final TransferMoney transferMoney = useCases.transferMoney();
    final GetStatement getStatement = useCases.getStatement();

    /** The transfer use case over other ports, e.g. decorators of this fixture's fakes that watch or fail. */
    TransferMoney transferMoneyOver(AccountRepository accountRepository, Ledger ledgerPort) {
        return new BankUseCases(accountRepository, ledgerPort, ledger, outbox, unitOfWork, clock).transferMoney();
    }

    static Actor user() {
        return new Actor(UserId.newId(), Set.of(Role.USER));
    }

    static Actor admin() {
        return new Actor(UserId.newId(), Set.of(Role.USER, Role.ADMIN));
    }

    Account open(Actor owner, String currency) {
        return openAccount.open(new OpenAccountCommand(owner, currency));
    }

    Account openWith(Actor owner, String amount, String currency) {
        Account account = open(owner, currency);
        depositMoney.deposit(new DepositMoneyCommand(owner, account.id(), Money.of(amount, currency)));
        return stored(account.id());
    }

    Account stored(AccountId id) {
        return unitOfWork.execute(() -> accounts.findById(id)).orElseThrow();
    }

    Money balance(AccountId id) {
        return stored(id).balance();
    }

    /** What the ledger explains for the account; zero when it has no entries yet. */
    Money ledgerBalance(AccountId id) {
        Money zero = Money.zero(stored(id).currency());
        return unitOfWork.execute(() -> ledger.ledgerBalanceOf(id)).orElse(zero);
    }

    /** Freezes an account behind the use cases' back: no use case does that yet. */
    Account freeze(AccountId id) {
        return unitOfWork.execute(
                () -> accounts.save(accounts.findById(id).orElseThrow().freeze()));
    }
}
