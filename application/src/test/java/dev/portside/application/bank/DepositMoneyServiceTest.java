package dev.portside.application.bank;

import static dev.portside.application.bank.BankFixture.admin;
import static dev.portside.application.bank.BankFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class DepositMoneyServiceTest {

    private final BankFixture bank = new BankFixture();
    private final Actor alice = user();

    private DepositReceipt deposit(Actor actor, AccountId id, String amount, String currency) {
        return bank.depositMoney.deposit(new DepositMoneyCommand(actor, id, Money.of(amount, currency)));
    }

    @Test
    void the_owner_deposits_and_gets_the_new_balance_and_a_ledger_entry() {
        Account account = bank.open(alice, "EUR");

        deposit(alice, account.id(), "10.00", "EUR");
        DepositReceipt receipt = deposit(alice, account.id(), "2.50", "EUR");

        assertThat(receipt)
                .isEqualTo(new DepositReceipt(account.id(), Money.of("2.50", "EUR"), Money.of("12.50", "EUR")));
        assertThat(bank.balance(account.id())).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(bank.ledgerBalance(account.id())).isEqualTo(Money.of("12.50", "EUR"));
    }

    @Test
    void nobody_but_the_owner_deposits_not_even_an_admin() {
        Account account = bank.open(alice, "EUR");

        for (Actor stranger : new Actor[] {user(), admin()}) {
            assertThatThrownBy(() -> deposit(stranger, account.id(), "1.00", "EUR"))
                    .isInstanceOf(DomainException.class)
                    .extracting("errorCode")
                    .isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
        }
        assertThat(bank.stored(account.id())).isEqualTo(account);
        assertThat(bank.ledgerBalance(account.id())).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void an_unknown_account_is_not_found() {
        assertThatThrownBy(() -> deposit(alice, AccountId.newId(), "1.00", "EUR"))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
    }

    @Test
    void a_refused_deposit_changes_nothing() {
        Account account = bank.openWith(alice, "5.00", "EUR");
        Account frozen = bank.freeze(bank.openWith(alice, "5.00", "EUR").id());

        assertThatThrownBy(() -> deposit(alice, account.id(), "1.00", "USD"))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        assertThatThrownBy(() -> deposit(alice, frozen.id(), "1.00", "EUR"))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);

        assertThat(bank.stored(account.id())).isEqualTo(account);
        assertThat(bank.stored(frozen.id())).isEqualTo(frozen);
        assertThat(bank.ledgerBalance(account.id())).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(bank.ledgerBalance(frozen.id())).isEqualTo(Money.of("5.00", "EUR"));
    }

    @Test
    void the_command_refuses_amounts_that_are_not_positive_or_exceed_one_billion() {
        for (String amount : new String[] {"0", "-5.00", "1000000000.01"}) {
            assertThatThrownBy(() -> new DepositMoneyCommand(alice, AccountId.newId(), Money.of(amount, "EUR")))
                    .as(amount)
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("amount");
        }
    }
}
