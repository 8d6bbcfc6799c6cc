package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import dev.portside.testkit.user.UserMother;
import org.junit.jupiter.api.Test;

class SearchUsersServiceTest {

    private static final PageRequest<UserSortField> FIRST_PAGE =
            new PageRequest<>(0, 20, UserSortField.USERNAME, SortDirection.ASC);

    private final UserFixture fx = new UserFixture();
    private final SearchUsers searchUsers = fx.useCases.searchUsers();

    @Test
    void an_admin_searches_all_accounts_including_deleted_ones() {
        User admin = fx.given(UserMother.anAdmin());
        User ada = fx.given(UserMother.aUser()
                .withUsername("ada")
                .withProfile("Ada", "Lovelace", null)
                .build());
        User gone = fx.given(UserMother.aUser().withUsername("adam").deleted().build());
        fx.given(UserMother.aUser().withUsername("grace").build());

        Page<User> page =
                searchUsers.search(new SearchUsersQuery(actorOf(admin), UserSearch.of("AdA", null), FIRST_PAGE));

        assertThat(page.items()).containsExactly(ada, gone);
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void an_admin_may_filter_by_status() {
        User admin = fx.given(UserMother.anAdmin());
        User gone = fx.given(UserMother.aUser().deleted().build());

        Page<User> page = searchUsers.search(
                new SearchUsersQuery(actorOf(admin), UserSearch.of(null, UserStatus.DELETED), FIRST_PAGE));

        assertThat(page.items()).containsExactly(gone);
    }

    @Test
    void anyone_but_an_admin_is_forbidden() {
        User user = fx.given(UserMother.aUser().build());
        User moderator =
                fx.given(UserMother.aUser().withRoles(Role.MODERATOR, Role.USER).build());

        assertRefused(
                () -> searchUsers.search(new SearchUsersQuery(actorOf(user), UserSearch.all(), FIRST_PAGE)),
                ErrorCode.FORBIDDEN);
        assertRefused(
                () -> searchUsers.search(new SearchUsersQuery(actorOf(moderator), UserSearch.all(), FIRST_PAGE)),
                ErrorCode.FORBIDDEN);
    }
}
