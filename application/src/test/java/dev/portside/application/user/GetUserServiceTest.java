package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.user.UserMother;
import org.junit.jupiter.api.Test;

class GetUserServiceTest {

    private final UserFixture fx = new UserFixture();
    private final GetUser getUser = fx.useCases.getUser();
    private final User owner = fx.given(UserMother.aUser().build());
    private final Actor admin = actorOf(fx.given(UserMother.anAdmin()));

    @Test
    void the_account_itself_may_read_it() {
        assertThat(getUser.get(new GetUserQuery(actorOf(owner), owner.id()))).isEqualTo(owner);
    }

    @Test
    void an_admin_may_read_any_account() {
        assertThat(getUser.get(new GetUserQuery(admin, owner.id()))).isEqualTo(owner);
    }

    @Test
    void anyone_else_is_told_it_does_not_exist() {
        Actor moderator = actorOf(
                fx.given(UserMother.aUser().withRoles(Role.MODERATOR, Role.USER).build()));

        assertRefused(() -> getUser.get(new GetUserQuery(moderator, owner.id())), ErrorCode.NOT_FOUND);
    }

    @Test
    void a_deleted_account_is_visible_to_admins_only() {
        User deleted = fx.given(UserMother.aUser().deleted().build());

        assertRefused(() -> getUser.get(new GetUserQuery(actorOf(deleted), deleted.id())), ErrorCode.NOT_FOUND);
        assertThat(getUser.get(new GetUserQuery(admin, deleted.id()))).isEqualTo(deleted);
    }

    @Test
    void an_unknown_id_is_not_found_even_for_admins() {
        assertRefused(() -> getUser.get(new GetUserQuery(admin, UserId.newId())), ErrorCode.NOT_FOUND);
    }
}
