package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.application.shared.UnauthenticatedException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.user.UserMother;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GetCurrentUserServiceTest {

    private final UserFixture fx = new UserFixture();
    private final GetCurrentUser getCurrentUser = fx.useCases.getCurrentUser();

    @Test
    void returns_the_callers_own_account() {
        User me = fx.given(UserMother.aUser().build());

        assertThat(getCurrentUser.get(new GetCurrentUserQuery(actorOf(me)))).isEqualTo(me);
    }

    @Test
    void a_deleted_account_no_longer_authenticates() {
        User me = fx.given(UserMother.aUser().deleted().build());

        assertThatThrownBy(() -> getCurrentUser.get(new GetCurrentUserQuery(actorOf(me))))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void an_account_that_does_not_exist_does_not_authenticate() {
        Actor ghost = new Actor(UserId.newId(), Set.of(Role.USER));

        assertThatThrownBy(() -> getCurrentUser.get(new GetCurrentUserQuery(ghost)))
                .isInstanceOf(UnauthenticatedException.class);
    }
}
