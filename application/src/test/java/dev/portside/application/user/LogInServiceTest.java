package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.testkit.user.FakePasswordHasher;
import dev.portside.testkit.user.UserMother;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

    private static final String WRONG = "wrong password";

    private final UserFixture fx = new UserFixture();
    private final LogIn logIn = fx.useCases.logIn();
    private final User ada = fx.given(UserMother.aUser()
            .withUsername("Ada")
            .withEmail("ada@example.org")
            .withRoles(Role.USER, Role.MODERATOR)
            .build());

    @Test
    void logs_in_by_username_ignoring_case_and_records_the_time() {
        AuthenticatedPrincipal principal = logIn.logIn(LogInCommand.of("ADA", UserMother.PASSWORD));

        assertThat(principal).isEqualTo(new AuthenticatedPrincipal(ada.id(), ada.username(), ada.roles()));
        assertThat(fx.stored(ada.id()).lastLoginAt()).contains(fx.clock.now());
    }

    @Test
    void logs_in_by_email_ignoring_case() {
        AuthenticatedPrincipal principal = logIn.logIn(LogInCommand.of("Ada@Example.ORG", UserMother.PASSWORD));

        assertThat(principal.userId()).isEqualTo(ada.id());
    }

    @Test
    void a_wrong_password_is_refused_and_the_failure_is_committed() {
        assertRefused(() -> logIn.logIn(LogInCommand.of("ada", WRONG)), ErrorCode.INVALID_CREDENTIALS);

        User stored = fx.stored(ada.id());
        assertThat(stored.failedLoginAttempts()).isEqualTo(1);
        assertThat(stored.lastLoginAt()).isEmpty();
    }

    @Test
    void an_unknown_login_is_refused_after_spending_the_same_hashing_work() {
        long before = fx.userCount();

        assertRefused(() -> logIn.logIn(LogInCommand.of("nobody", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);
        assertRefused(
                () -> logIn.logIn(LogInCommand.of("no@body.example", UserMother.PASSWORD)),
                ErrorCode.INVALID_CREDENTIALS);
        assertRefused(
                () -> logIn.logIn(LogInCommand.of("not a login", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);

        assertThat(fx.hasher.burnCount()).isEqualTo(3);
        assertThat(fx.userCount()).isEqualTo(before);
    }

    @Test
    void five_failures_in_a_row_lock_the_account_for_15_minutes() {
        failTimes(5);

        assertRefused(() -> logIn.logIn(LogInCommand.of("ada", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);
        fx.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertRefused(() -> logIn.logIn(LogInCommand.of("ada", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);

        fx.clock.advance(Duration.ofSeconds(1));
        assertThat(logIn.logIn(LogInCommand.of("ada", UserMother.PASSWORD)).userId())
                .isEqualTo(ada.id());
        assertThat(fx.stored(ada.id()).failedLoginAttempts()).isZero();
    }

    @Test
    void a_locked_account_still_has_its_password_checked_so_timing_does_not_tell() {
        failTimes(5);
        int before = fx.hasher.verificationCount();

        assertRefused(() -> logIn.logIn(LogInCommand.of("ada", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);

        assertThat(fx.hasher.verificationCount()).isEqualTo(before + 1);
    }

    @Test
    void a_success_resets_the_failure_count() {
        failTimes(4);

        logIn.logIn(LogInCommand.of("ada", UserMother.PASSWORD));
        failTimes(4);

        assertThat(fx.stored(ada.id()).failedLoginAttempts()).isEqualTo(4);
        assertThat(fx.stored(ada.id()).lockedUntil()).isEmpty();
    }

    @Test
    void a_deleted_account_cannot_log_in() {
        User gone = fx.given(UserMother.aUser().withUsername("gone").deleted().build());

        assertRefused(() -> logIn.logIn(LogInCommand.of("gone", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);

        assertThat(fx.stored(gone.id())).isEqualTo(gone);
    }

    @Test
    void every_refusal_reads_the_same() {
        fx.given(UserMother.aUser().withUsername("gone").deleted().build());
        User locked = fx.given(UserMother.aUser()
                .withUsername("locked")
                .failedLoginAttempts(5)
                .lockedUntil(fx.clock.now().plusSeconds(60))
                .build());

        var messages = Stream.of(
                        LogInCommand.of("nobody", UserMother.PASSWORD),
                        LogInCommand.of("ada", WRONG),
                        LogInCommand.of("gone", UserMother.PASSWORD),
                        LogInCommand.of(locked.username().value(), UserMother.PASSWORD))
                .map(command -> catchThrowable(() -> logIn.logIn(command)).getMessage())
                .distinct()
                .toList();

        assertThat(messages).hasSize(1);
    }

    @Test
    void a_password_changed_while_checking_refuses_the_login_and_counts_nothing() {
        PasswordHasher changesPasswordWhileChecking = new PasswordHasher() {
            @Override
            public PasswordHash hash(PlainPassword password) {
                return fx.hasher.hash(password);
            }

            @Override
            public boolean matches(PlainPassword password, PasswordHash hash) {
                fx.unitOfWork.run(() -> fx.users.save(
                        fx.stored(ada.id()).changePassword(FakePasswordHasher.hashOf("a brand new password"))));
                return fx.hasher.matches(password, hash);
            }

            @Override
            public void burnEquivalentWork(PlainPassword password) {
                fx.hasher.burnEquivalentWork(password);
            }
        };
        LogIn racing = new LogInService(fx.users, changesPasswordWhileChecking, fx.unitOfWork, fx.clock);

        assertRefused(() -> racing.logIn(LogInCommand.of("ada", UserMother.PASSWORD)), ErrorCode.INVALID_CREDENTIALS);

        assertThat(fx.stored(ada.id()).lastLoginAt()).isEmpty();
        assertThat(fx.stored(ada.id()).failedLoginAttempts()).isZero();
    }

    @Test
    void the_command_needs_a_login_and_never_quotes_the_password_policy() {
        assertThatThrownBy(() -> LogInCommand.of(" ", UserMother.PASSWORD))
                .extracting("field")
                .isEqualTo("login");
        assertThat(LogInCommand.of("ada", "short").password()).isEmpty();
        assertThat(LogInCommand.of("ada", UserMother.PASSWORD).toString()).doesNotContain(UserMother.PASSWORD);
    }

    @Test
    void a_password_outside_the_policy_is_invalid_credentials_and_not_counted() {
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> logIn.logIn(LogInCommand.of("ada", "short")), ErrorCode.INVALID_CREDENTIALS);
        }
        assertThat(logIn.logIn(LogInCommand.of("ada", UserMother.PASSWORD)).userId())
                .isNotNull();
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertRefused(() -> logIn.logIn(LogInCommand.of("ada", WRONG)), ErrorCode.INVALID_CREDENTIALS);
        }
    }
}
