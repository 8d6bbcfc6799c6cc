package dev.portside.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static User newUser() {
        return User.register(
                new Username("Ada"),
                new EmailAddress("ada@example.org"),
                new PasswordHash("hash-1"),
                Profile.of("Ada", null, null),
                NOW);
    }

    private static User failedTimes(User user, int times, Instant at) {
        User current = user;
        for (int i = 0; i < times; i++) {
            current = current.loginFailed(at);
        }
        return current;
    }

    private static void assertRefused(ThrowingCallable action, ErrorCode code) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(code);
    }

    // --- registration -------------------------------------------------------------------------------

    @Test
    void registration_creates_an_active_never_saved_account_with_exactly_the_user_role() {
        User user = newUser();

        assertThat(user.roles()).containsExactly(Role.USER);
        assertThat(user.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.version()).isZero();
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.lastLoginAt()).isEmpty();
        assertThat(user.failedLoginAttempts()).isZero();
        assertThat(user.lockedUntil()).isEmpty();
    }

    @Test
    void an_account_always_has_a_role() {
        User user = newUser();

        assertRefused(() -> user.changeRoles(Set.of()), ErrorCode.VALIDATION_FAILED);
        assertThatThrownBy(() -> user.changeRoles(Set.of()))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("roles");
    }

    // --- login and lockout --------------------------------------------------------------------------

    @Test
    void a_successful_login_records_the_time() {
        User user = newUser().loginSucceeded(NOW.plusSeconds(5));

        assertThat(user.lastLoginAt()).contains(NOW.plusSeconds(5));
    }

    @Test
    void four_failed_logins_in_a_row_do_not_lock() {
        User user = failedTimes(newUser(), 4, NOW);

        assertThat(user.failedLoginAttempts()).isEqualTo(4);
        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.canLogInAt(NOW)).isTrue();
    }

    @Test
    void the_fifth_failed_login_in_a_row_locks_for_15_minutes() {
        User user = failedTimes(newUser(), 5, NOW);

        assertThat(user.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(user.isLockedAt(NOW)).isTrue();
        assertThat(user.canLogInAt(NOW.plus(Duration.ofMinutes(15)).minusMillis(1)))
                .isFalse();
    }

    @Test
    void a_locked_account_cannot_log_in_even_with_the_right_password() {
        User locked = failedTimes(newUser(), 5, NOW);

        assertRefused(() -> locked.loginSucceeded(NOW.plusSeconds(60)), ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void failures_while_locked_do_not_count_or_extend_the_lock() {
        User locked = failedTimes(newUser(), 5, NOW);

        User afterMore = failedTimes(locked, 3, NOW.plusSeconds(60));

        assertThat(afterMore).isSameAs(locked);
    }

    @Test
    void the_lock_ends_after_15_minutes() {
        User locked = failedTimes(newUser(), 5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(15));

        assertThat(locked.canLogInAt(later)).isTrue();
        User loggedIn = locked.loginSucceeded(later);
        assertThat(loggedIn.failedLoginAttempts()).isZero();
        assertThat(loggedIn.lockedUntil()).isEmpty();
    }

    @Test
    void after_an_expired_lock_failures_count_afresh() {
        User locked = failedTimes(newUser(), 5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(16));

        User failedOnce = locked.loginFailed(later);

        assertThat(failedOnce.failedLoginAttempts()).isEqualTo(1);
        assertThat(failedOnce.lockedUntil()).isEmpty();
        assertThat(failedTimes(failedOnce, 4, later).lockedUntil()).contains(later.plus(User.LOCKOUT));
    }

    @Test
    void a_successful_login_resets_the_failure_count() {
        User user = failedTimes(newUser(), 4, NOW).loginSucceeded(NOW);

        assertThat(user.failedLoginAttempts()).isZero();
        assertThat(failedTimes(user, 4, NOW).isLockedAt(NOW)).isFalse();
    }

    @Test
    void a_deleted_account_cannot_log_in_and_its_failures_do_not_count() {
        User deleted = newUser().delete();

        assertThat(deleted.canLogInAt(NOW)).isFalse();
        assertRefused(() -> deleted.loginSucceeded(NOW), ErrorCode.INVALID_CREDENTIALS);
        assertThat(deleted.loginFailed(NOW)).isSameAs(deleted);
    }

    // --- changes ------------------------------------------------------------------------------------

    @Test
    void soft_delete_marks_the_account_deleted_and_keeps_everything_else() {
        User user = newUser();

        User deleted = user.delete();

        assertThat(deleted.status()).isEqualTo(UserStatus.DELETED);
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.username()).isEqualTo(user.username());
        assertThat(deleted.email()).isEqualTo(user.email());
        assertThat(deleted.delete()).isSameAs(deleted);
    }

    @Test
    void a_deleted_account_cannot_be_changed() {
        User deleted = newUser().delete();

        assertRefused(() -> deleted.updateProfile(Profile.empty()), ErrorCode.NOT_FOUND);
        assertRefused(() -> deleted.changePassword(new PasswordHash("hash-2")), ErrorCode.NOT_FOUND);
        assertRefused(() -> deleted.changeRoles(Set.of(Role.ADMIN)), ErrorCode.NOT_FOUND);
    }

    @Test
    void changes_return_a_new_account_and_leave_the_original_alone() {
        User user = newUser();

        User changed = user.updateProfile(Profile.of("Augusta", "King", "Countess"))
                .changePassword(new PasswordHash("hash-2"))
                .changeRoles(EnumSet.of(Role.MODERATOR, Role.USER));

        assertThat(changed.profile()).isEqualTo(Profile.of("Augusta", "King", "Countess"));
        assertThat(changed.passwordHash()).isEqualTo(new PasswordHash("hash-2"));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MODERATOR, Role.USER);
        assertThat(user.profile().firstName()).contains("Ada");
        assertThat(user.passwordHash()).isEqualTo(new PasswordHash("hash-1"));
        assertThat(user.roles()).containsExactly(Role.USER);
    }

    @Test
    void behaviours_keep_the_version_for_the_repository_to_advance() {
        User saved = newUser().withVersion(3);

        assertThat(saved.loginFailed(NOW).version()).isEqualTo(3);
        assertThat(saved.updateProfile(Profile.empty()).version()).isEqualTo(3);
        assertThat(saved.delete().version()).isEqualTo(3);
    }

    @Test
    void optional_state_is_never_null() {
        assertThatThrownBy(() -> new User(
                        UserId.newId(),
                        new Username("bob"),
                        new EmailAddress("b@x.org"),
                        new PasswordHash("h"),
                        Profile.empty(),
                        Set.of(Role.USER),
                        UserStatus.ACTIVE,
                        NOW,
                        null,
                        0,
                        Optional.empty(),
                        0))
                .isInstanceOf(NullPointerException.class);
    }
}
