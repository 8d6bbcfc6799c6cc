package dev.portside.adapters.postgres.user;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Users in PostgreSQL, in the caller's unit of work. Uniqueness is the unique indexes' job (see
 * V2__users.sql): a clash that slipped past a use case's check, e.g. two registrations racing, still
 * ends as {@code username_taken} / {@code email_taken}.
 */
@Singleton
@PostgresAdapter
final class PostgresUserRepository implements UserRepository {

    private final UserRows rows;
    private final UserRowMapper mapper;

    PostgresUserRepository(UserRows rows, UserRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(mapper::user);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows.findByCanonicalUsername(username.canonical()).map(mapper::user);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(mapper::user);
    }

    @Override
    public User save(User user) {
        try {
            if (user.version() == 0) {
                rows.save(mapper.row(user.withVersion(1)));
            } else {
                UserRow row = mapper.row(user);
                int updated = rows.updateIfVersion(
                        row.id(),
                        row.version(),
                        row.username(),
                        row.email(),
                        row.passwordHash(),
                        row.firstName(),
                        row.lastName(),
                        row.bio(),
                        row.roles(),
                        row.status(),
                        row.createdAt(),
                        row.lastLoginAt(),
                        row.failedLoginAttempts(),
                        row.lockedUntil());
                if (updated == 0) {
                    throw new VersionConflictException("user " + user.id());
                }
            }
            return user.withVersion(user.version() + 1);
        } catch (DataAccessException e) {
            throw translate(e, user);
        }
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        String status = criteria.status().map(Enum::name).orElse(null);
        Pageable pageable = Pageable.from(page.page(), page.size(), UserSorts.of(page.sortField(), page.direction()));
        String pattern =
                criteria.q().map(PostgresUserRepository::containsPattern).orElse(null);
        io.micronaut.data.model.Page<UserRow> found = rows.search(pattern, status, pageable);
        List<User> users = found.getContent().stream().map(mapper::user).toList();
        return new Page<>(users, page.page(), page.size(), found.getTotalSize());
    }

    /**
     * {@code %text%} for {@code like} against a lower-cased column: user text is lower-cased and matched
     * literally, its pattern characters escaped (backslash is LIKE's default escape character).
     */
    private static String containsPattern(String text) {
        String literal = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }

    /** Unique violations become the domain's refusals; anything else stays a storage failure. */
    private static RuntimeException translate(DataAccessException failure, User user) {
        return switch (SqlStates.violatedConstraint(failure, SqlStates.UNIQUE_VIOLATION)
                .orElse("")) {
            case "users_username_unique" -> UserRefusals.usernameTaken();
            case "users_email_unique" -> UserRefusals.emailTaken();
            // an insert of an id that is already stored: the caller worked from a stale view
            case "users_pkey" -> new VersionConflictException("user " + user.id());
            default -> failure;
        };
    }
}
