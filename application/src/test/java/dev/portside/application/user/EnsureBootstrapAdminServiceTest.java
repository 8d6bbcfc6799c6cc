package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.Username;
import dev.portside.testkit.user.UserMother;
import org.junit.jupiter.api.Test;

class EnsureBootstrapAdminServiceTest {

    private static final EnsureBootstrapAdminCommand ADMIN =
            EnsureBootstrapAdminCommand.of("root", "root@example.org", "configured secret");

    private final UserFixture fx = new UserFixture();
    private final EnsureBootstrapAdmin ensureAdmin = fx.useCases.ensureBootstrapAdmin();

    @Test
    void creates_an_admin_who_is_also_a_user_when_none_exists() {
        assertThat(ensureAdmin.ensure(ADMIN)).isEqualTo(BootstrapAdminOutcome.CREATED);

        User admin = fx.unitOfWork
                .execute(() -> fx.users.findByUsername(new Username("root")))
                .orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.USER);
        assertThat(admin.email().value()).isEqualTo("root@example.org");
        assertThat(fx.hasher.matches(new PlainPassword("configured secret"), admin.passwordHash()))
                .isTrue();
    }

    @Test
    void leaves_an_existing_account_with_that_username_alone() {
        User existing = fx.given(UserMother.aUser().withUsername("ROOT").build());

        assertThat(ensureAdmin.ensure(ADMIN)).isEqualTo(BootstrapAdminOutcome.ALREADY_EXISTS);

        assertThat(fx.stored(existing.id())).isEqualTo(existing);
        assertThat(fx.userCount()).isEqualTo(1);
        assertThat(fx.hasher.hashCount()).isZero();
    }

    @Test
    void running_twice_creates_one_admin() {
        ensureAdmin.ensure(ADMIN);

        assertThat(ensureAdmin.ensure(ADMIN)).isEqualTo(BootstrapAdminOutcome.ALREADY_EXISTS);
        assertThat(fx.userCount()).isEqualTo(1);
    }

    @Test
    void another_instance_creating_it_first_counts_as_existing() {
        fx.given(UserMother.aUser().withUsername("root").build());
        EnsureBootstrapAdmin racing = new EnsureBootstrapAdminService(
                new BlindFindersUserRepository(fx.users), fx.hasher, fx.unitOfWork, fx.clock);

        assertThat(racing.ensure(ADMIN)).isEqualTo(BootstrapAdminOutcome.ALREADY_EXISTS);
        assertThat(fx.userCount()).isEqualTo(1);
    }

    @Test
    void an_email_held_by_another_account_stops_it_and_writes_nothing() {
        fx.given(UserMother.aUser().withEmail("root@example.org").build());

        assertRefused(() -> ensureAdmin.ensure(ADMIN), ErrorCode.EMAIL_TAKEN);
        assertThat(fx.userCount()).isEqualTo(1);
    }
}
