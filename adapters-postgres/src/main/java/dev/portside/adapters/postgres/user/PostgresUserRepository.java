package dev.portside.adapters.postgres.user;

import dev.portside.adapters.postgres.shared.SqlStates;
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
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import static dev.portside.adapters.postgres.shared.Statements.containsPattern;
import static dev.portside.adapters.postgres.shared.Statements.prepare;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Users in PostgreSQL, with explicit SQL on the connection of the caller's unit of work. Uniqueness is
 * the unique indexes' job (see V2__users.sql): a clash that slipped past a use case's check, e.g. two
 * registrations racing, still ends as {@code username_taken} / {@code email_taken}.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresUserRepository implements UserRepository {

    private static final String SELECT = "select " + UserRows.COLUMNS + " from users ";
    private static final String INSERT = "insert into users (" + UserRows.COLUMNS + ")"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String UPDATE = """
            update users
               set username = ?, email = ?, password_hash = ?, first_name = ?, last_name = ?, bio = ?,
                   roles = ?, status = ?, created_at = ?, last_login_at = ?, failed_login_attempts = ?,
                   locked_until = ?, version = version + 1
             where id = ? and version = ?
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresUserRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findOne(SELECT + "where id = ?", id.value());
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return findOne(SELECT + "where lower(username) = ?", username.canonical());
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return findOne(SELECT + "where email = ?", email.value());
    }

    @Override
    public User save(User user) {
        Connection connection = transactions.getConnection();
        try {
            List<Object> values = UserRows.values(user, connection);
            if (user.version() == 0) {
                execute(connection, INSERT, values);
            } else {
                // every column but the id, then the key and the expected version
                List<Object> params = new ArrayList<>(values.subList(1, values.size()));
                params.add(user.id().value());
                params.add(user.version());
                if (execute(connection, UPDATE, params) == 0) {
                    throw new VersionConflictException("user " + user.id());
                }
            }
            return user.withVersion(user.version() + 1);
        } catch (SQLException e) {
            throw translate(e, user);
        }
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where true");
        criteria.q().ifPresent(q -> {
            // each column has its own trigram index (V2__users.sql); emails are stored lower-case
            where.append(" and (lower(username) like ? or email like ? or lower(first_name) like ?"
                    + " or lower(last_name) like ?)");
            String pattern = containsPattern(q);
            params.addAll(List.of(pattern, pattern, pattern, pattern));
        });
        criteria.status().ifPresent(status -> {
            where.append(" and status = ?");
            params.add(status.name());
        });

        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        Connection connection = transactions.getConnection();
        try {
            List<User> users = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection,
                    SELECT + where + " order by " + orderBy(page) + " limit ? offset ?", pageParams);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(UserRows.read(rows));
                }
            }
            try (PreparedStatement statement = prepare(connection, "select count(*) from users " + where, params);
                 ResultSet count = statement.executeQuery()) {
                count.next();
                return new Page<>(users, page.page(), page.size(), count.getLong(1));
            }
        } catch (SQLException e) {
            throw new DataAccessException("user search failed", e);
        }
    }

    /**
     * Whitelisted sorts only (the enum), ties by id in the same direction. Text compares binary
     * ({@code COLLATE "C"}), as the port defines; a never-set last login is the earliest value.
     */
    private static String orderBy(PageRequest<UserSortField> page) {
        boolean asc = page.direction() == SortDirection.ASC;
        String direction = asc ? " asc" : " desc";
        String sort = switch (page.sortField()) {
            case CREATED_AT -> "created_at" + direction;
            case USERNAME -> "lower(username) collate \"C\"" + direction;
            case EMAIL -> "email collate \"C\"" + direction;
            case LAST_LOGIN_AT -> "last_login_at" + direction + (asc ? " nulls first" : " nulls last");
        };
        return sort + ", id" + direction;
    }

    private Optional<User> findOne(String sql, Object key) {
        try (PreparedStatement statement = prepare(transactions.getConnection(), sql, List.of(key));
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(UserRows.read(rows)) : Optional.empty();
        } catch (SQLException e) {
            throw new DataAccessException("reading a user failed", e);
        }
    }

    private static int execute(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Unique violations become the domain's refusals; anything else stays a storage failure. */
    private static RuntimeException translate(SQLException failure, User user) {
        return switch (SqlStates.violatedConstraint(failure, SqlStates.UNIQUE_VIOLATION).orElse("")) {
            case "users_username_unique" -> UserRefusals.usernameTaken();
            case "users_email_unique" -> UserRefusals.emailTaken();
            // an insert of an id that is already stored: the caller worked from a stale view
            case "users_pkey" -> new VersionConflictException("user " + user.id());
            default -> new DataAccessException("saving user " + user.id() + " failed", failure);
        };
    }
}
