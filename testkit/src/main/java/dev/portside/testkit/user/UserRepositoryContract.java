package dev.portside.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do; the PostgreSQL and MongoDB adapters subclass it. The store
 * need not be empty: each test makes its own users with a random suffix and searches for that suffix.
 */
public abstract class UserRepositoryContract {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private UserRepository repository;

    @Inject
    private UnitOfWork unitOfWork;

    protected UserRepository repository() {
        return repository;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    // --- saving and finding -------------------------------------------------------------------------

    @Test
    void save_inserts_a_new_user_at_version_1() {
        User saved = save(UserMother.aUser().build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(findById(saved.id())).contains(saved);
    }

    @Test
    void find_returns_every_field_as_saved() {
        User user = UserMother.aUser()
                .withProfile("Ada", "Lovelace", "Wrote the first program.\nLiked engines.")
                .withRoles(Role.USER, Role.MODERATOR, Role.ADMIN)
                .deleted()
                .createdAt(T0)
                .lastLoginAt(T0.plusSeconds(60).plusMillis(123))
                .failedLoginAttempts(5)
                .lockedUntil(T0.plusSeconds(900))
                .build();

        User saved = save(user);

        assertThat(findById(user.id())).contains(saved);
        assertThat(saved).isEqualTo(user.withVersion(1));
    }

    @Test
    void find_by_an_unknown_id_is_empty() {
        assertThat(findById(UserId.newId())).isEmpty();
    }

    @Test
    void find_by_username_ignores_case() {
        String suffix = UserMother.uniqueSuffix();
        User saved =
                save(UserMother.aUser().withUsername("Mixed.Case-" + suffix).build());

        Optional<User> found = unitOfWork()
                .execute(() ->
                        repository().findByUsername(new Username("mIXED.cASE-" + suffix.toUpperCase(Locale.ROOT))));

        assertThat(found).contains(saved);
        assertThat(found.orElseThrow().username().value()).isEqualTo("Mixed.Case-" + suffix);
    }

    @Test
    void find_by_unknown_username_or_email_is_empty() {
        String suffix = UserMother.uniqueSuffix();

        assertThat(unitOfWork().execute(() -> repository().findByUsername(new Username("nobody-" + suffix))))
                .isEmpty();
        assertThat(unitOfWork()
                        .execute(() -> repository().findByEmail(new EmailAddress("nobody-" + suffix + "@x.test"))))
                .isEmpty();
    }

    @Test
    void find_by_email_ignores_case() {
        String suffix = UserMother.uniqueSuffix();
        User saved = save(UserMother.aUser()
                .withEmail("Someone." + suffix + "@Example.TEST")
                .build());

        Optional<User> found = unitOfWork()
                .execute(() -> repository()
                        .findByEmail(new EmailAddress("SOMEONE." + suffix.toUpperCase(Locale.ROOT) + "@example.test")));

        assertThat(found).contains(saved);
    }

    @Test
    void finders_return_deleted_users_too() {
        User saved = save(UserMother.aUser().deleted().build());

        assertThat(unitOfWork().execute(() -> repository().findByUsername(saved.username())))
                .contains(saved);
        assertThat(unitOfWork().execute(() -> repository().findByEmail(saved.email())))
                .contains(saved);
    }

    // --- uniqueness ---------------------------------------------------------------------------------

    @Test
    void save_refuses_a_username_taken_ignoring_case() {
        String suffix = UserMother.uniqueSuffix();
        save(UserMother.aUser().withUsername("taken-" + suffix).build());
        User clash = UserMother.aUser()
                .withUsername("TAKEN-" + suffix.toUpperCase(Locale.ROOT))
                .build();

        assertRefused(() -> save(clash), ErrorCode.USERNAME_TAKEN);
        assertThat(findById(clash.id())).isEmpty();
    }

    @Test
    void save_refuses_a_taken_email() {
        User first = save(UserMother.aUser().build());
        User clash = UserMother.aUser().withEmail(first.email().value()).build();

        assertRefused(() -> save(clash), ErrorCode.EMAIL_TAKEN);
        assertThat(findById(clash.id())).isEmpty();
    }

    @Test
    void save_reports_the_username_first_when_both_clash() {
        User first = save(UserMother.aUser().build());
        User clash = UserMother.aUser()
                .withUsername(first.username().value())
                .withEmail(first.email().value())
                .build();

        assertRefused(() -> save(clash), ErrorCode.USERNAME_TAKEN);
    }

    @Test
    void deleted_users_keep_their_username_and_email_reserved() {
        User deleted = save(UserMother.aUser().deleted().build());

        assertRefused(
                () -> save(UserMother.aUser()
                        .withUsername(deleted.username().value())
                        .build()),
                ErrorCode.USERNAME_TAKEN);
        assertRefused(
                () -> save(UserMother.aUser().withEmail(deleted.email().value()).build()), ErrorCode.EMAIL_TAKEN);
    }

    // --- versions -----------------------------------------------------------------------------------

    @Test
    void save_updates_at_the_stored_version_and_returns_the_next_one() {
        User saved = save(UserMother.aUser().build());

        User updated = save(saved.updateProfile(Profile.of("Grace", "Hopper", null)));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(findById(saved.id())).contains(updated);
    }

    @Test
    void save_refuses_a_stale_version() {
        User saved = save(UserMother.aUser().build());
        User winner = save(saved.updateProfile(Profile.of("First", null, null)));

        assertThatThrownBy(() -> save(saved.updateProfile(Profile.of("Second", null, null))))
                .isInstanceOf(VersionConflictException.class);
        assertThat(findById(saved.id())).contains(winner);
    }

    @Test
    void save_refuses_a_second_insert_of_the_same_id() {
        User user = UserMother.aUser().build();
        User saved = save(user);

        assertThatThrownBy(() -> save(user)).isInstanceOf(VersionConflictException.class);
        assertThat(findById(user.id())).contains(saved);
    }

    @Test
    void save_refuses_to_update_a_user_that_was_never_inserted() {
        User neverSaved = UserMother.aUser().version(3).build();

        assertThatThrownBy(() -> save(neverSaved)).isInstanceOf(VersionConflictException.class);
        assertThat(findById(neverSaved.id())).isEmpty();
    }

    @Test
    void saves_of_a_unit_that_fails_are_rolled_back() {
        User user = UserMother.aUser().build();

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    repository().save(user);
                    throw new IllegalStateException("work failed after saving");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(findById(user.id())).isEmpty();
    }

    // --- search -------------------------------------------------------------------------------------

    @Test
    void search_matches_q_in_username_email_first_and_last_name_ignoring_case() {
        String marker = "mk" + UserMother.uniqueSuffix();
        String upper = marker.toUpperCase(Locale.ROOT);
        User byUsername = save(UserMother.aUser().withUsername("u" + upper).build());
        User byEmail = save(
                UserMother.aUser().withEmail("e" + marker + "@example.test").build());
        User byFirstName =
                save(UserMother.aUser().withProfile("Ann" + upper, null, null).build());
        User byLastName = save(UserMother.aUser()
                .withProfile(null, "Lee" + marker + "son", null)
                .build());
        save(UserMother.aUser()
                .withProfile(null, null, "bio is not searched: " + marker)
                .build());

        Page<User> page = search(UserSearch.of(marker, null), UserSortField.CREATED_AT, SortDirection.ASC, 0, 20);

        assertThat(page.items())
                .extracting(User::id)
                .containsExactlyInAnyOrder(byUsername.id(), byEmail.id(), byFirstName.id(), byLastName.id());
        assertThat(page.totalItems()).isEqualTo(4);
    }

    @Test
    void search_filters_by_status_and_includes_deleted_users_without_a_filter() {
        String marker = "st" + UserMother.uniqueSuffix();
        User active = save(UserMother.aUser().withUsername("a" + marker).build());
        User deleted =
                save(UserMother.aUser().withUsername("d" + marker).deleted().build());

        assertThat(ids(search(
                        UserSearch.of(marker, UserStatus.ACTIVE), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(active.id());
        assertThat(ids(search(
                        UserSearch.of(marker, UserStatus.DELETED), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(deleted.id());
        assertThat(ids(search(UserSearch.of(marker, null), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(active.id(), deleted.id());
    }

    @Test
    void search_treats_like_wildcards_in_q_literally() {
        String suffix = UserMother.uniqueSuffix();
        User underscore = save(UserMother.aUser()
                .withUsername("w_" + suffix)
                .withProfile("50%" + suffix, null, null)
                .build());
        save(UserMother.aUser()
                .withUsername("wx" + suffix)
                .withProfile("500" + suffix, null, null)
                .build());

        assertThat(ids(search(UserSearch.of("w_" + suffix, null), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(underscore.id());
        assertThat(ids(search(UserSearch.of("0%" + suffix, null), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(underscore.id());
    }

    @Test
    void search_treats_pattern_characters_in_q_literally() {
        String suffix = UserMother.uniqueSuffix();
        User dotted = save(UserMother.aUser()
                .withUsername("a.b" + suffix)
                .withProfile("(x*" + suffix, null, null)
                .build());
        save(UserMother.aUser()
                .withUsername("axb" + suffix)
                .withProfile("xx" + suffix, null, null)
                .build());

        assertThat(ids(search(UserSearch.of("a.b" + suffix, null), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(dotted.id());
        assertThat(ids(search(UserSearch.of("(x*" + suffix, null), UserSortField.USERNAME, SortDirection.ASC, 0, 20)))
                .containsExactly(dotted.id());
    }

    @Test
    void search_pages_and_reports_totals() {
        String marker = "pg" + UserMother.uniqueSuffix();
        List<User> users = IntStream.range(0, 5)
                .mapToObj(i ->
                        save(UserMother.aUser().withUsername(marker + "-" + i).build()))
                .toList();
        UserSearch criteria = UserSearch.of(marker, null);

        Page<User> first = search(criteria, UserSortField.USERNAME, SortDirection.ASC, 0, 2);
        Page<User> last = search(criteria, UserSortField.USERNAME, SortDirection.ASC, 2, 2);
        Page<User> beyond = search(criteria, UserSortField.USERNAME, SortDirection.ASC, 3, 2);

        assertThat(ids(first)).containsExactly(users.get(0).id(), users.get(1).id());
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(ids(last)).containsExactly(users.get(4).id());
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(5);
    }

    @Test
    void search_sorts_by_created_at() {
        String marker = "ca" + UserMother.uniqueSuffix();
        User middle = save(UserMother.aUser()
                .withUsername("a" + marker)
                .createdAt(T0.plusSeconds(10))
                .build());
        User oldest =
                save(UserMother.aUser().withUsername("b" + marker).createdAt(T0).build());
        User newest = save(UserMother.aUser()
                .withUsername("c" + marker)
                .createdAt(T0.plusSeconds(20))
                .build());

        assertThat(sorted(marker, UserSortField.CREATED_AT, SortDirection.ASC))
                .containsExactly(oldest.id(), middle.id(), newest.id());
        assertThat(sorted(marker, UserSortField.CREATED_AT, SortDirection.DESC))
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void search_sorts_by_username_ignoring_case_in_code_point_order() {
        String marker = "un" + UserMother.uniqueSuffix();
        // lower-case code points: '.' < '0' < '_' < 'b' < 'z'; a locale collation would order these differently
        User dot = save(UserMother.aUser().withUsername(marker + ".x").build());
        User digit = save(UserMother.aUser().withUsername(marker + "0x").build());
        User underscore = save(UserMother.aUser().withUsername(marker + "_x").build());
        User upperB = save(UserMother.aUser()
                .withUsername(marker.toUpperCase(Locale.ROOT) + "Bx")
                .build());
        User z = save(UserMother.aUser().withUsername(marker + "zx").build());

        assertThat(sorted(marker, UserSortField.USERNAME, SortDirection.ASC))
                .containsExactly(dot.id(), digit.id(), underscore.id(), upperB.id(), z.id());
        assertThat(sorted(marker, UserSortField.USERNAME, SortDirection.DESC))
                .containsExactly(z.id(), upperB.id(), underscore.id(), digit.id(), dot.id());
    }

    @Test
    void search_sorts_by_email() {
        String marker = "em" + UserMother.uniqueSuffix();
        User b = save(UserMother.aUser()
                .withUsername("a" + marker)
                .withEmail("b" + marker + "@example.test")
                .build());
        User c = save(UserMother.aUser()
                .withUsername("b" + marker)
                .withEmail("c" + marker + "@example.test")
                .build());
        User a = save(UserMother.aUser()
                .withUsername("c" + marker)
                .withEmail("a" + marker + "@example.test")
                .build());

        assertThat(sorted(marker, UserSortField.EMAIL, SortDirection.ASC)).containsExactly(a.id(), b.id(), c.id());
        assertThat(sorted(marker, UserSortField.EMAIL, SortDirection.DESC)).containsExactly(c.id(), b.id(), a.id());
    }

    @Test
    void search_sorts_by_last_login_with_never_logged_in_as_earliest() {
        String marker = "ll" + UserMother.uniqueSuffix();
        User recent = save(UserMother.aUser()
                .withUsername("a" + marker)
                .lastLoginAt(T0.plusSeconds(60))
                .build());
        User never = save(UserMother.aUser().withUsername("b" + marker).build());
        User earlier = save(
                UserMother.aUser().withUsername("c" + marker).lastLoginAt(T0).build());

        assertThat(sorted(marker, UserSortField.LAST_LOGIN_AT, SortDirection.ASC))
                .containsExactly(never.id(), earlier.id(), recent.id());
        assertThat(sorted(marker, UserSortField.LAST_LOGIN_AT, SortDirection.DESC))
                .containsExactly(recent.id(), earlier.id(), never.id());
    }

    @Test
    void search_breaks_ties_by_id_in_the_sort_direction_so_pages_never_overlap() {
        String marker = "ti" + UserMother.uniqueSuffix();
        List<UserId> byId = IntStream.range(0, 5)
                .mapToObj(i -> save(UserMother.aUser()
                                .withUsername(marker + i)
                                .createdAt(T0)
                                .build())
                        .id())
                .sorted(UNSIGNED_UUID_ORDER)
                .toList();
        UserSearch criteria = UserSearch.of(marker, null);

        List<UserId> ascending = IntStream.range(0, 3)
                .mapToObj(page -> ids(search(criteria, UserSortField.CREATED_AT, SortDirection.ASC, page, 2)))
                .flatMap(List::stream)
                .toList();
        List<UserId> descending = IntStream.range(0, 3)
                .mapToObj(page -> ids(search(criteria, UserSortField.CREATED_AT, SortDirection.DESC, page, 2)))
                .flatMap(List::stream)
                .toList();

        assertThat(ascending).containsExactlyElementsOf(byId);
        List<UserId> byIdDescending = new ArrayList<>(byId);
        Collections.reverse(byIdDescending);
        assertThat(descending).containsExactlyElementsOf(byIdDescending);
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** How PostgreSQL and MongoDB (binary subtype 4) order uuids: unsigned, most significant bits first. */
    private static final Comparator<UserId> UNSIGNED_UUID_ORDER = Comparator.<UserId>comparingLong(
                    id -> id.value().getMostSignificantBits() ^ Long.MIN_VALUE)
            .thenComparingLong(id -> id.value().getLeastSignificantBits() ^ Long.MIN_VALUE);

    private User save(User user) {
        return unitOfWork().execute(() -> repository().save(user));
    }

    private Optional<User> findById(UserId id) {
        return unitOfWork().execute(() -> repository().findById(id));
    }

    private Page<User> search(UserSearch criteria, UserSortField field, SortDirection direction, int page, int size) {
        return unitOfWork()
                .execute(() -> repository().search(criteria, new PageRequest<>(page, size, field, direction)));
    }

    private List<UserId> sorted(String marker, UserSortField field, SortDirection direction) {
        return ids(search(UserSearch.of(marker, null), field, direction, 0, 20));
    }

    private static List<UserId> ids(Page<User> page) {
        return page.items().stream().map(User::id).toList();
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(code);
    }
}
