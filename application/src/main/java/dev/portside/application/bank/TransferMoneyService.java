package dev.portside.application.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.BankEvents;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferBooking;
import dev.portside.domain.bank.TransferPolicy;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public final class TransferMoneyService implements TransferMoney {

    private final AccountRepository accounts;
    private final Ledger ledger;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public TransferMoneyService(
            AccountRepository accounts, Ledger ledger, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Transfer transfer(TransferMoneyCommand command) {
        return unitOfWork.execute(() -> {
            // Both rows are locked in one call, in ascending id order, so that A->B and B->A running
            // at the same time wait for each other instead of deadlocking.
            List<Account> locked = accounts.lockAllById(List.of(command.fromAccountId(), command.toAccountId()));
            Account from = AccountAccess.ownedBy(
                    command.actor(), find(locked, command.fromAccountId()), command.fromAccountId());
            Account to = find(locked, command.toAccountId())
                    .orElseThrow(() -> AccountAccess.notFound(command.toAccountId()));

            TransferBooking booking = TransferPolicy.book(from, to, command.amount(), command.reference(), clock.now());

            accounts.saveAll(List.of(booking.from(), booking.to()));
            ledger.record(booking.transfer());
            BankEvents.transferBooked(booking).forEach(outbox::append);
            return booking.transfer();
        });
    }

    private static Optional<Account> find(List<Account> accounts, AccountId id) {
        return accounts.stream().filter(account -> account.id().equals(id)).findFirst();
    }
}
