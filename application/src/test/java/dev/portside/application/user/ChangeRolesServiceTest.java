package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.user.UserMother;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeRolesServiceTest {

    private final UserFixture fx = new UserFixture();
    private final ChangeRoles changeRoles = fx.useCases.changeRoles();
    private final Actor admin = actorOf(fx.given(UserMother.anAdmin()));
    private final User target = fx.given(UserMother.aUser().build());

    @Test
    void an_admin_replaces_the_roles() {
        User updated =
                changeRoles.change(new ChangeRolesCommand(admin, target.id(), Set.of(Role.MODERATOR, Role.USER)));

        assertThat(updated.roles()).containsExactlyInAnyOrder(Role.MODERATOR, Role.USER);
        assertThat(fx.stored(target.id())).isEqualTo(updated);
    }

    @Test
    void anyone_but_an_admin_is_forbidden_and_nothing_changes() {
        User moderator =
                fx.given(UserMother.aUser().withRoles(Role.MODERATOR, Role.USER).build());

        assertRefused(
                () -> changeRoles.change(new ChangeRolesCommand(actorOf(target), target.id(), Set.of(Role.ADMIN))),
                ErrorCode.FORBIDDEN);
        assertRefused(
                () -> changeRoles.change(new ChangeRolesCommand(actorOf(moderator), target.id(), Set.of(Role.ADMIN))),
                ErrorCode.FORBIDDEN);

        assertThat(fx.stored(target.id())).isEqualTo(target);
    }

    @Test
    void unknown_and_deleted_accounts_are_not_found() {
        User deleted = fx.given(UserMother.aUser().deleted().build());

        assertRefused(
                () -> changeRoles.change(new ChangeRolesCommand(admin, UserId.newId(), Set.of(Role.USER))),
                ErrorCode.NOT_FOUND);
        assertRefused(
                () -> changeRoles.change(new ChangeRolesCommand(admin, deleted.id(), Set.of(Role.USER))),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void at_least_one_role_is_required() {
        assertThatThrownBy(() -> new ChangeRolesCommand(admin, target.id(), Set.of()))
                .extracting("field")
                .isEqualTo("roles");
    }
}
