package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.testkit.user.UserMother;
import org.junit.jupiter.api.Test;

class DeleteUserServiceTest {

    private final UserFixture fx = new UserFixture();
    private final DeleteUser deleteUser = fx.useCases.deleteUser();
    private final Actor admin = actorOf(fx.given(UserMother.anAdmin()));
    private final User owner = fx.given(UserMother.aUser().build());

    @Test
    void the_owner_soft_deletes_the_account() {
        deleteUser.delete(new DeleteUserCommand(actorOf(owner), owner.id()));

        User stored = fx.stored(owner.id());
        assertThat(stored.status()).isEqualTo(UserStatus.DELETED);
        assertThat(stored.username()).isEqualTo(owner.username());
    }

    @Test
    void an_admin_may_delete_anyone() {
        deleteUser.delete(new DeleteUserCommand(admin, owner.id()));

        assertThat(fx.stored(owner.id()).isDeleted()).isTrue();
    }

    @Test
    void anyone_else_is_told_it_does_not_exist_and_nothing_changes() {
        Actor other = actorOf(fx.given(UserMother.aUser().build()));

        assertRefused(() -> deleteUser.delete(new DeleteUserCommand(other, owner.id())), ErrorCode.NOT_FOUND);

        assertThat(fx.stored(owner.id())).isEqualTo(owner);
    }

    @Test
    void to_its_owner_a_deleted_account_is_gone() {
        deleteUser.delete(new DeleteUserCommand(actorOf(owner), owner.id()));

        assertRefused(() -> deleteUser.delete(new DeleteUserCommand(actorOf(owner), owner.id())), ErrorCode.NOT_FOUND);
    }

    @Test
    void an_admin_deleting_again_changes_nothing() {
        deleteUser.delete(new DeleteUserCommand(admin, owner.id()));
        User deleted = fx.stored(owner.id());

        deleteUser.delete(new DeleteUserCommand(admin, owner.id()));

        assertThat(fx.stored(owner.id())).isEqualTo(deleted);
    }

    @Test
    void an_unknown_account_is_not_found() {
        assertRefused(() -> deleteUser.delete(new DeleteUserCommand(admin, UserId.newId())), ErrorCode.NOT_FOUND);
    }
}
