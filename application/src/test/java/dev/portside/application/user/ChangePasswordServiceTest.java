package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.User;
import dev.portside.testkit.user.UserMother;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {

    private static final String NEW_PASSWORD = "a much better passphrase";

    private final UserFixture fx = new UserFixture();
    private final ChangePassword changePassword = fx.useCases.changePassword();
    private final User owner = fx.given(UserMother.aUser().build());

    @Test
    void the_owner_changes_the_password_with_the_current_one() {
        changePassword.change(ChangePasswordCommand.of(actorOf(owner), owner.id(), UserMother.PASSWORD, NEW_PASSWORD));

        User stored = fx.stored(owner.id());
        assertThat(fx.hasher.matches(new PlainPassword(NEW_PASSWORD), stored.passwordHash()))
                .isTrue();
        assertThat(fx.hasher.matches(new PlainPassword(UserMother.PASSWORD), stored.passwordHash()))
                .isFalse();
        assertThat(stored.version()).isEqualTo(owner.version() + 1);
    }

    @Test
    void a_wrong_current_password_is_invalid_credentials_and_nothing_changes() {
        assertRefused(
                () -> changePassword.change(
                        ChangePasswordCommand.of(actorOf(owner), owner.id(), "not the password", NEW_PASSWORD)),
                ErrorCode.INVALID_CREDENTIALS);

        assertThat(fx.stored(owner.id())).isEqualTo(owner);
        assertThat(fx.hasher.hashCount()).isZero();
    }

    @Test
    void nobody_else_may_change_it_not_even_an_admin() {
        User admin = fx.given(UserMother.anAdmin());

        assertRefused(
                () -> changePassword.change(
                        ChangePasswordCommand.of(actorOf(admin), owner.id(), UserMother.PASSWORD, NEW_PASSWORD)),
                ErrorCode.NOT_FOUND);

        assertThat(fx.stored(owner.id())).isEqualTo(owner);
    }

    @Test
    void a_deleted_account_is_not_found() {
        User deleted = fx.given(UserMother.aUser().deleted().build());

        assertRefused(
                () -> changePassword.change(
                        ChangePasswordCommand.of(actorOf(deleted), deleted.id(), UserMother.PASSWORD, NEW_PASSWORD)),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void the_new_password_must_meet_the_policy() {
        assertThatThrownBy(() -> ChangePasswordCommand.of(actorOf(owner), owner.id(), UserMother.PASSWORD, "short"))
                .extracting("field")
                .isEqualTo("newPassword");
        assertThatThrownBy(() -> ChangePasswordCommand.of(actorOf(owner), owner.id(), null, NEW_PASSWORD))
                .extracting("field")
                .isEqualTo("currentPassword");
    }
}
