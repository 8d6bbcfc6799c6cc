package dev.portside.testkit.user;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The user repository over an {@link InMemoryStore}; passes {@link UserRepositoryContract}. */
public final class InMemoryUserRepository implements UserRepository {

    private final InMemoryDatabase database;
    private final InMemoryStore<UserId, User> users;

    public InMemoryUserRepository(InMemoryDatabase database) {
        this.database = database;
        this.users = new InMemoryStore<>(database);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return users.get(id);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return users.all().stream()
                .filter(user -> user.username().sameAs(username))
                .findFirst();
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.all().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    @Override
    public User save(User user) {
        return database.atomically(() -> {
            // an absent row counts as version 0: an insert meeting a stored id, or an update of a row
            // that is not there, are both stale saves
            long storedVersion = users.get(user.id()).map(User::version).orElse(0L);
            if (storedVersion != user.version()) {
                throw new VersionConflictException("user " + user.id());
            }
            requireUnique(user);
            User saved = user.withVersion(user.version() + 1);
            users.put(saved.id(), saved);
            return saved;
        });
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        List<User> matching = users.all().stream()
                .filter(user ->
                        criteria.status().map(status -> user.status() == status).orElse(true))
                .filter(user -> criteria.q().map(q -> contains(user, q)).orElse(true))
                .sorted(order(page.sortField(), page.direction()))
                .toList();
        List<User> items =
                matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }

    /** Everything stored, for the statistics fake that reads the same rows. */
    Collection<User> all() {
        return users.all();
    }

    private void requireUnique(User user) {
        Collection<User> others = users.all().stream()
                .filter(other -> !other.id().equals(user.id()))
                .toList();
        if (others.stream().anyMatch(other -> other.username().sameAs(user.username()))) {
            throw UserRefusals.usernameTaken();
        }
        if (others.stream().anyMatch(other -> other.email().equals(user.email()))) {
            throw UserRefusals.emailTaken();
        }
    }

    private static boolean contains(User user, String q) {
        String needle = lower(q);
        return Stream.of(
                        Optional.of(user.username().value()),
                        Optional.of(user.email().value()),
                        user.profile().firstName(),
                        user.profile().lastName())
                .flatMap(Optional::stream)
                .anyMatch(text -> lower(text).contains(needle));
    }

    private static Comparator<User> order(UserSortField field, SortDirection direction) {
        Comparator<User> byField = switch (field) {
            case CREATED_AT -> Comparator.comparing(User::createdAt);
            case USERNAME -> Comparator.comparing(user -> user.username().canonical());
            case EMAIL -> Comparator.comparing(user -> user.email().value());
            case LAST_LOGIN_AT ->
                Comparator.comparing(user -> user.lastLoginAt().orElse(Instant.MIN));
        };
        // UUID string order is the unsigned order PostgreSQL and MongoDB use (UUID.compareTo is signed)
        Comparator<User> withTieBreak =
                byField.thenComparing(user -> user.id().value().toString());
        return direction == SortDirection.ASC ? withTieBreak : withTieBreak.reversed();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
