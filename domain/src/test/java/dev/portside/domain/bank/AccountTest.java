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
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2025-01-02T03:04:05.123456789Z");
    private final UserId owner = UserId.newId();

    private Account openEur() {
        return Account.open(owner, EUR, NOW);
    }

    @Test
    void a_new_account_is_open_empty_and_unsaved() {
        Account account = openEur();

        assertThat(account.status()).isEqualTo(AccountStatus.OPEN);
        assertThat(account.balance()).isEqualTo(Money.of("0", "EUR"));
        assertThat(account.version()).isZero();
        assertThat(account.isOwnedBy(owner)).isTrue();
        assertThat(account.isOwnedBy(UserId.newId())).isFalse();
    }

    @Test
    void created_at_is_kept_to_the_millisecond_so_every_backend_reads_it_back_equal() {
        assertThat(openEur().createdAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
    }

    @Test
    void deposit_adds_to_the_balance_and_leaves_the_original_unchanged() {
        Account account = openEur();

        Account after = account.deposit(Money.of("10.50", "EUR")).deposit(Money.of("0.01", "EUR"));

        assertThat(after.balance()).isEqualTo(Money.of("10.51", "EUR"));
        assertThat(account.balance().isZero()).isTrue();
        assertThat(after.version()).isEqualTo(account.version());
    }

    @Test
    void deposit_accepts_exactly_one_billion() {
        assertThat(openEur().deposit(Money.of("1000000000.00", "EUR")).balance())
                .isEqualTo(Money.of("1000000000", "EUR"));
    }

    @Test
    void deposit_refuses_zero_negative_and_more_than_one_billion_as_invalid_amount() {
        for (String amount : new String[] {"0", "-0.01", "1000000000.01"}) {
            assertThatThrownBy(() -> openEur().deposit(Money.of(amount, "EUR")))
                    .as(amount)
                    .isInstanceOf(ValidationException.class)
                    .extracting("errorCode", "field")
                    .containsExactly(ErrorCode.VALIDATION_FAILED, "amount");
        }
    }

    @Test
    void deposit_refuses_another_currency() {
        assertThatThrownBy(() -> openEur().deposit(Money.of("1.00", "USD")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void deposit_refuses_a_frozen_or_closed_account() {
        assertThatThrownBy(() -> openEur().freeze().deposit(Money.of("1.00", "EUR")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);
        assertThatThrownBy(() -> openEur().close().deposit(Money.of("1.00", "EUR")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_OPEN);
    }

    @Test
    void deposit_checks_currency_before_status() {
        assertThatThrownBy(() -> openEur().freeze().deposit(Money.of("1.00", "USD")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void an_open_account_can_be_frozen_and_any_account_but_a_closed_one_closed() {
        assertThat(openEur().freeze().status()).isEqualTo(AccountStatus.FROZEN);
        assertThat(openEur().freeze().close().status()).isEqualTo(AccountStatus.CLOSED);
        assertThatThrownBy(() -> openEur().freeze().freeze())
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
        assertThatThrownBy(() -> openEur().close().close())
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
    }

    @Test
    void an_account_can_never_hold_a_negative_balance_or_a_balance_in_another_currency() {
        assertThatThrownBy(() -> new Account(
                        AccountId.newId(), owner, EUR, Money.of("-0.01", "EUR"), AccountStatus.OPEN, NOW, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new Account(AccountId.newId(), owner, EUR, Money.of("1.00", "USD"), AccountStatus.OPEN, NOW, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_version_changes_only_the_version() {
        Account account = openEur().deposit(Money.of("3.00", "EUR"));

        Account saved = account.withVersion(4);

        assertThat(saved.version()).isEqualTo(4);
        assertThat(saved.withVersion(account.version())).isEqualTo(account);
    }
}
