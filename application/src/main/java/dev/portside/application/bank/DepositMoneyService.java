package dev.portside.application.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.BankEvents;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.List;
import java.util.Objects;

public final class DepositMoneyService implements DepositMoney {

    private final AccountRepository accounts;
    private final Ledger ledger;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DepositMoneyService(
            AccountRepository accounts, Ledger ledger, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DepositReceipt deposit(DepositMoneyCommand command) {
        return unitOfWork.execute(() -> {
            // locked, so concurrent deposits and transfers queue instead of failing on the version
            Account account = AccountAccess.ownedBy(
                    command.actor(),
                    accounts.lockAllById(List.of(command.accountId())).stream().findFirst(),
                    command.accountId());
            Account saved = accounts.save(account.deposit(command.amount()));
            Deposit deposit = Deposit.into(saved.id(), command.amount(), clock.now());
            ledger.record(deposit);
            outbox.append(BankEvents.depositBooked(saved, deposit));
            return new DepositReceipt(saved.id(), command.amount(), saved.balance());
        });
    }
}
