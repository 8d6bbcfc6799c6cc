package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserStatus;
import dev.portside.testkit.user.UserMother;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {

    private final UserFixture fx = new UserFixture();
    private final RegisterUser registerUser = fx.useCases.registerUser();

    @Test
    void registers_an_active_account_with_only_the_user_role_and_a_hashed_password() {
        User user = registerUser.register(
                RegisterUserCommand.of("Ada", "Ada@Example.org", "analytical-engine", "Ada", "Lovelace"));

        assertThat(fx.stored(user.id())).isEqualTo(user);
        assertThat(user.version()).isEqualTo(1);
        assertThat(user.username().value()).isEqualTo("Ada");
        assertThat(user.email().value()).isEqualTo("ada@example.org");
        assertThat(user.roles()).containsExactly(Role.USER);
        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.createdAt()).isEqualTo(fx.clock.now());
        assertThat(user.profile().firstName()).contains("Ada");
        assertThat(user.profile().lastName()).contains("Lovelace");
        assertThat(user.passwordHash().value()).doesNotContain("analytical-engine");
        assertThat(fx.hasher.matches(new PlainPassword("analytical-engine"), user.passwordHash()))
                .isTrue();
    }

    @Test
    void refuses_a_username_taken_ignoring_case_writes_nothing_and_spends_no_hash() {
        fx.given(UserMother.aUser().withUsername("grace").build());
        long before = fx.userCount();

        assertRefused(
                () -> registerUser.register(
                        RegisterUserCommand.of("GRACE", "other@example.org", "password-1", null, null)),
                ErrorCode.USERNAME_TAKEN);

        assertThat(fx.userCount()).isEqualTo(before);
        assertThat(fx.hasher.hashCount()).isZero();
    }

    @Test
    void refuses_a_taken_email_and_writes_nothing() {
        fx.given(UserMother.aUser().withEmail("grace@example.org").build());
        long before = fx.userCount();

        assertRefused(
                () -> registerUser.register(
                        RegisterUserCommand.of("grace2", "Grace@Example.org", "password-1", null, null)),
                ErrorCode.EMAIL_TAKEN);

        assertThat(fx.userCount()).isEqualTo(before);
    }

    @Test
    void a_deleted_account_keeps_its_username_reserved() {
        fx.given(UserMother.aUser().withUsername("gone").deleted().build());

        assertRefused(
                () -> registerUser.register(
                        RegisterUserCommand.of("gone", "new@example.org", "password-1", null, null)),
                ErrorCode.USERNAME_TAKEN);
    }

    @Test
    void a_clash_that_appears_after_the_check_is_still_refused_by_save_and_writes_nothing() {
        fx.given(UserMother.aUser().withUsername("racer").build());
        long before = fx.userCount();
        RegisterUser racing =
                new RegisterUserService(new BlindFindersUserRepository(fx.users), fx.hasher, fx.unitOfWork, fx.clock);

        assertRefused(
                () -> racing.register(RegisterUserCommand.of("Racer", "racer2@example.org", "password-1", null, null)),
                ErrorCode.USERNAME_TAKEN);

        assertThat(fx.userCount()).isEqualTo(before);
    }

    @Test
    void invalid_input_is_refused_before_anything_happens() {
        assertThatThrownBy(() -> RegisterUserCommand.of("ab", "a@example.org", "password-1", null, null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("username");
        assertThatThrownBy(() -> RegisterUserCommand.of("abc", "not-an-email", "password-1", null, null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("email");
        assertThatThrownBy(() -> RegisterUserCommand.of("abc", "a@example.org", "short", null, null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("password");
        assertThatThrownBy(() -> RegisterUserCommand.of("abc", "a@example.org", "password-1", "x".repeat(101), null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("firstName");
    }
}
