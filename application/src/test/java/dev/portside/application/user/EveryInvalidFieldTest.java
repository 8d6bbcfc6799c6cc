package dev.portside.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A user command with several bad fields names each of them in one refusal. */
class EveryInvalidFieldTest {

    @Test
    void a_registration_names_a_bad_username_email_and_password_together() {
        ValidationException refusal = catchThrowableOfType(
                ValidationException.class, () -> RegisterUserCommand.of("a b", "not-an-email", "short", null, null));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("username", "email", "password");
    }

    @Test
    void a_password_change_names_both_bad_passwords_together() {
        Actor me = new Actor(UserId.newId(), Set.of(Role.USER));

        ValidationException refusal = catchThrowableOfType(
                ValidationException.class, () -> ChangePasswordCommand.of(me, me.id(), "", "short"));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("currentPassword", "newPassword");
    }
}
