package dev.portside.adapters.postgres.user;

import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.Username;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Maps between the {@code users} table and the {@link User} aggregate. Hand-written: the aggregate is a
 * record of value objects and Optionals, which a generated mapper would only obscure.
 */
final class UserRows {

    /** Every column, in the order {@link #values} binds them for an insert. */
    static final String COLUMNS = "id, username, email, password_hash, first_name, last_name, bio, roles, status,"
            + " created_at, last_login_at, failed_login_attempts, locked_until, version";

    private UserRows() {
    }

    static User read(ResultSet row) throws SQLException {
        return new User(
                new UserId(row.getObject("id", UUID.class)),
                new Username(row.getString("username")),
                new EmailAddress(row.getString("email")),
                new PasswordHash(row.getString("password_hash")),
                Profile.of(row.getString("first_name"), row.getString("last_name"), row.getString("bio")),
                roles((String[]) row.getArray("roles").getArray()),
                UserStatus.valueOf(row.getString("status")),
                instant(row, "created_at").orElseThrow(),
                instant(row, "last_login_at"),
                row.getInt("failed_login_attempts"),
                instant(row, "locked_until"),
                row.getLong("version"));
    }

    /**
     * The column values of {@link #COLUMNS} except the version, which the statements set themselves:
     * id, username, email, password_hash, first_name, last_name, bio, roles, status, created_at,
     * last_login_at, failed_login_attempts, locked_until.
     */
    static List<Object> values(User user, Connection connection) throws SQLException {
        return Arrays.asList(
                user.id().value(),
                user.username().value(),
                user.email().value(),
                user.passwordHash().value(),
                user.profile().firstName().orElse(null),
                user.profile().lastName().orElse(null),
                user.profile().bio().orElse(null),
                roles(user.roles(), connection),
                user.status().name(),
                timestamp(user.createdAt()),
                user.lastLoginAt().map(UserRows::timestamp).orElse(null),
                user.failedLoginAttempts(),
                user.lockedUntil().map(UserRows::timestamp).orElse(null));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static Array roles(Set<Role> roles, Connection connection) throws SQLException {
        // enum order, so equal role sets are stored identically
        return connection.createArrayOf("text", EnumSet.copyOf(roles).stream().map(Role::name).toArray());
    }

    private static Set<Role> roles(String[] names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }
}
