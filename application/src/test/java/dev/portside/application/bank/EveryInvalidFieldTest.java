package dev.portside.application.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bank command or query with several bad fields names each of them in one refusal. */
class EveryInvalidFieldTest {

    private final Actor owner = new Actor(UserId.newId(), Set.of(Role.USER));

    @Test
    void a_transfer_names_a_missing_account_and_a_zero_amount_together() {
        ValidationException refusal = catchThrowableOfType(
                ValidationException.class,
                () -> new TransferMoneyCommand(
                        owner, AccountId.newId(), null, Money.of("0.00", "EUR"), Optional.empty()));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("toAccountId", "amount");
    }

    @Test
    void a_statement_names_a_bad_cursor_and_a_bad_limit_together() {
        ValidationException refusal = catchThrowableOfType(
                ValidationException.class,
                () -> GetStatementQuery.of(owner, AccountId.newId(), Optional.of(101), Optional.of("garbage")));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("cursor", "limit");
    }
}
