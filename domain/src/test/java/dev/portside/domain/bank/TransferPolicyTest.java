package dev.portside.domain.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Test;

class TransferPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static Account account(String currency, String balance) {
        Account open = Account.open(UserId.newId(), Currency.getInstance(currency), NOW);
        return new Account(
                open.id(), open.ownerId(), open.currency(), Money.of(balance, currency), AccountStatus.OPEN, NOW, 1);
    }

    private static AbstractObjectAssert<?, ?> refusal(Account from, Account to, Money amount) {
        return assertThatThrownBy(() -> TransferPolicy.book(from, to, amount, Optional.empty(), NOW))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode");
    }

    @Test
    void a_transfer_moves_the_amount_and_produces_the_ledger_entry() {
        Account from = account("EUR", "100.00");
        Account to = account("EUR", "5.00");

        TransferBooking booking = TransferPolicy.book(from, to, Money.of("30.25", "EUR"), Optional.of("rent"), NOW);

        assertThat(booking.from().balance()).isEqualTo(Money.of("69.75", "EUR"));
        assertThat(booking.to().balance()).isEqualTo(Money.of("35.25", "EUR"));
        assertThat(booking.from().version()).isEqualTo(from.version());
        Transfer transfer = booking.transfer();
        assertThat(transfer.fromAccountId()).isEqualTo(from.id());
        assertThat(transfer.toAccountId()).isEqualTo(to.id());
        assertThat(transfer.amount()).isEqualTo(Money.of("30.25", "EUR"));
        assertThat(transfer.reference()).contains("rent");
        assertThat(transfer.createdAt()).isEqualTo(NOW);
    }

    @Test
    void a_transfer_may_empty_the_source_exactly() {
        TransferBooking booking = TransferPolicy.book(
                account("EUR", "12.34"), account("EUR", "0"), Money.of("12.34", "EUR"), Optional.empty(), NOW);

        assertThat(booking.from().balance().isZero()).isTrue();
        assertThat(booking.transfer().reference()).isEmpty();
    }

    @Test
    void refuses_more_than_the_source_holds() {
        refusal(account("EUR", "10.00"), account("EUR", "0"), Money.of("10.01", "EUR"))
                .isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
    }

    @Test
    void refuses_a_transfer_to_the_same_account() {
        Account account = account("EUR", "10.00");

        refusal(account, account, Money.of("1.00", "EUR")).isEqualTo(ErrorCode.SAME_ACCOUNT);
    }

    @Test
    void refuses_an_amount_in_another_currency_than_the_accounts() {
        refusal(account("EUR", "10.00"), account("EUR", "0"), Money.of("1.00", "USD"))
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void refuses_accounts_in_different_currencies() {
        refusal(account("EUR", "10.00"), account("USD", "0"), Money.of("1.00", "EUR"))
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void refuses_when_either_account_is_not_open() {
        refusal(account("EUR", "10.00").freeze(), account("EUR", "0"), Money.of("1.00", "EUR"))
                .isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);
        refusal(account("EUR", "10.00"), account("EUR", "0").close(), Money.of("1.00", "EUR"))
                .isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);
    }

    @Test
    void refuses_zero_negative_and_too_large_amounts_as_invalid_input() {
        for (String amount : new String[] {"0.00", "-1.00", "1000000000.01"}) {
            assertThatThrownBy(() -> TransferPolicy.book(
                            account("EUR", "10.00"),
                            account("EUR", "0"),
                            Money.of(amount, "EUR"),
                            Optional.empty(),
                            NOW))
                    .as(amount)
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("amount");
        }
    }

    @Test
    void refuses_a_blank_or_too_long_reference() {
        for (String reference : new String[] {"  ", "x".repeat(141)}) {
            assertThatThrownBy(() -> TransferPolicy.book(
                            account("EUR", "10.00"),
                            account("EUR", "0"),
                            Money.of("1.00", "EUR"),
                            Optional.of(reference),
                            NOW))
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("reference");
        }
        assertThat(TransferPolicy.book(
                                account("EUR", "10.00"),
                                account("EUR", "0"),
                                Money.of("1.00", "EUR"),
                                Optional.of("x".repeat(140)),
                                NOW)
                        .transfer()
                        .reference())
                .hasValue("x".repeat(140));
    }

    @Test
    void checks_run_in_the_documented_order() {
        Account frozenEmpty = account("EUR", "0").freeze();
        Account usd = account("USD", "0");

        // same account before currency, currency before status, status before funds
        refusal(frozenEmpty, frozenEmpty, Money.of("1.00", "USD")).isEqualTo(ErrorCode.SAME_ACCOUNT);
        refusal(frozenEmpty, usd, Money.of("1.00", "EUR")).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        refusal(frozenEmpty, account("EUR", "0"), Money.of("1.00", "EUR")).isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);
        assertThatThrownBy(() ->
                        TransferPolicy.book(frozenEmpty, frozenEmpty, Money.of("0", "EUR"), Optional.empty(), NOW))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_ledger_entry_itself_refuses_the_same_account_on_both_sides() {
        AccountId id = AccountId.newId();

        assertThatThrownBy(
                        () -> new Transfer(TransferId.newId(), id, id, Money.of("1.00", "EUR"), Optional.empty(), NOW))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.SAME_ACCOUNT);
    }
}
