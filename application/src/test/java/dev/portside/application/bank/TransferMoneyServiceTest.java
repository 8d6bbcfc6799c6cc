package dev.portside.application.bank;

import static dev.portside.application.bank.BankFixture.admin;
import static dev.portside.application.bank.BankFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;

class TransferMoneyServiceTest {

    private final BankFixture bank = new BankFixture();
    private final Actor alice = user();
    private final Actor bob = user();

    private Transfer transfer(Actor actor, AccountId from, AccountId to, String amount, String currency) {
        return bank.transferMoney.transfer(
                new TransferMoneyCommand(actor, from, to, Money.of(amount, currency), Optional.empty()));
    }

    private AbstractObjectAssert<?, ?> refusal(
            Actor actor, AccountId from, AccountId to, String amount, String currency) {
        return assertThatThrownBy(() -> transfer(actor, from, to, amount, currency))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode");
    }

    private List<Transfer> statementOf(AccountId id) {
        return bank.unitOfWork
                .execute(() -> bank.ledger.statement(id, 100, Optional.empty()))
                .items();
    }

    @Test
    void the_owner_moves_money_and_the_ledger_records_the_transfer() {
        Account from = bank.openWith(alice, "100.00", "EUR");
        Account to = bank.open(bob, "EUR");

        Transfer transfer = bank.transferMoney.transfer(
                new TransferMoneyCommand(alice, from.id(), to.id(), Money.of("40.10", "EUR"), Optional.of("dinner")));

        assertThat(transfer.fromAccountId()).isEqualTo(from.id());
        assertThat(transfer.toAccountId()).isEqualTo(to.id());
        assertThat(transfer.amount()).isEqualTo(Money.of("40.10", "EUR"));
        assertThat(transfer.reference()).contains("dinner");
        assertThat(transfer.createdAt()).isEqualTo(bank.clock.now());
        assertThat(bank.balance(from.id())).isEqualTo(Money.of("59.90", "EUR"));
        assertThat(bank.balance(to.id())).isEqualTo(Money.of("40.10", "EUR"));
        assertThat(bank.ledgerBalance(from.id())).isEqualTo(Money.of("59.90", "EUR"));
        assertThat(bank.ledgerBalance(to.id())).isEqualTo(Money.of("40.10", "EUR"));
        assertThat(statementOf(from.id())).containsExactly(transfer);
        assertThat(statementOf(to.id())).containsExactly(transfer);
    }

    @Test
    void both_accounts_are_locked_in_one_call_and_never_read_unlocked() {
        Account from = bank.openWith(alice, "10.00", "EUR");
        Account to = bank.open(bob, "EUR");
        WatchingRepository watching = new WatchingRepository(bank.accounts);

        bank.transferMoneyOver(watching, bank.ledger)
                .transfer(
                        new TransferMoneyCommand(alice, from.id(), to.id(), Money.of("1.00", "EUR"), Optional.empty()));

        assertThat(watching.lockCalls).hasSize(1);
        assertThat(watching.lockCalls.get(0)).containsExactlyInAnyOrder(from.id(), to.id());
        assertThat(watching.unlockedReads).isZero();
    }

    @Test
    void only_the_owner_of_the_source_account_moves_its_money() {
        Account from = bank.openWith(alice, "10.00", "EUR");
        Account to = bank.open(bob, "EUR");

        refusal(bob, from.id(), to.id(), "1.00", "EUR").isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
        refusal(admin(), from.id(), to.id(), "1.00", "EUR").isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);

        assertNothingChanged(from, to);
    }

    @Test
    void unknown_accounts_on_either_side_are_not_found() {
        Account mine = bank.openWith(alice, "10.00", "EUR");

        refusal(alice, AccountId.newId(), mine.id(), "1.00", "EUR").isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
        refusal(alice, mine.id(), AccountId.newId(), "1.00", "EUR").isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);

        assertThat(bank.stored(mine.id()).balance()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(statementOf(mine.id())).isEmpty();
    }

    @Test
    void a_refused_transfer_writes_nothing() {
        Account from = bank.openWith(alice, "10.00", "EUR");
        Account to = bank.openWith(bob, "1.00", "EUR");
        Account usd = bank.openWith(bob, "1.00", "USD");
        Account frozen = bank.freeze(bank.openWith(bob, "1.00", "EUR").id());

        refusal(alice, from.id(), to.id(), "10.01", "EUR").isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
        refusal(alice, from.id(), from.id(), "1.00", "EUR").isEqualTo(ErrorCode.SAME_ACCOUNT);
        refusal(alice, from.id(), usd.id(), "1.00", "EUR").isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        refusal(alice, from.id(), to.id(), "1.00", "USD").isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        refusal(alice, from.id(), frozen.id(), "1.00", "EUR").isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);

        assertNothingChanged(from, to, usd, frozen);
    }

    @Test
    void when_recording_the_ledger_entry_fails_both_balance_changes_roll_back() {
        Account from = bank.openWith(alice, "10.00", "EUR");
        Account to = bank.open(bob, "EUR");
        TransferMoney failing = bank.transferMoneyOver(bank.accounts, new FailingLedger());

        assertThatThrownBy(() -> failing.transfer(
                        new TransferMoneyCommand(alice, from.id(), to.id(), Money.of("4.00", "EUR"), Optional.empty())))
                .isInstanceOf(IllegalStateException.class);

        assertNothingChanged(from, to);
    }

    @Test
    void money_goes_back_and_forth_between_the_same_two_accounts() {
        Account a = bank.openWith(alice, "10.00", "EUR");
        Account b = bank.openWith(bob, "10.00", "EUR");

        transfer(alice, a.id(), b.id(), "3.00", "EUR");
        transfer(bob, b.id(), a.id(), "13.00", "EUR");

        assertThat(bank.balance(a.id())).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(bank.balance(b.id())).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(bank.ledgerBalance(b.id())).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void the_command_refuses_invalid_amounts_and_references() {
        UserId nobody = UserId.newId();
        Actor actor = new Actor(nobody, Set.of());
        for (String amount : new String[] {"0.00", "-1.00", "1000000000.01"}) {
            assertThatThrownBy(() -> new TransferMoneyCommand(
                            actor, AccountId.newId(), AccountId.newId(), Money.of(amount, "EUR"), Optional.empty()))
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("amount");
        }
        assertThatThrownBy(() -> new TransferMoneyCommand(
                        actor,
                        AccountId.newId(),
                        AccountId.newId(),
                        Money.of("1.00", "EUR"),
                        Optional.of("x".repeat(141))))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("reference");
    }

    private void assertNothingChanged(Account... accounts) {
        for (Account account : accounts) {
            Account stored = bank.stored(account.id());
            assertThat(stored).as("account %s", account.id()).isEqualTo(account);
            assertThat(bank.ledgerBalance(account.id())).isEqualTo(stored.balance());
            assertThat(statementOf(account.id())).isEmpty();
        }
    }

    /** Records how the service reads accounts. */
    private static final class WatchingRepository implements AccountRepository {
        private final AccountRepository delegate;
        final List<List<AccountId>> lockCalls = new ArrayList<>();
        int unlockedReads;

        WatchingRepository(AccountRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Account> findById(AccountId id) {
            unlockedReads++;
            return delegate.findById(id);
        }

        @Override
        public List<Account> findByOwner(UserId ownerId) {
            unlockedReads++;
            return delegate.findByOwner(ownerId);
        }

        @Override
        public Account save(Account account) {
            return delegate.save(account);
        }

        @Override
        public List<Account> lockAllById(Collection<AccountId> ids) {
            lockCalls.add(List.copyOf(ids));
            return delegate.lockAllById(ids);
        }
    }

    private static final class FailingLedger implements Ledger {
        @Override
        public void record(Transfer transfer) {
            throw new IllegalStateException("ledger is broken");
        }

        @Override
        public void record(Deposit deposit) {
            throw new IllegalStateException("ledger is broken");
        }
    }
}
