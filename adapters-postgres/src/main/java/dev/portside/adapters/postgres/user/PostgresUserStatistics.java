package dev.portside.adapters.postgres.user;

import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/** The admin overview as one aggregation over {@code users}. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresUserStatistics implements UserStatistics {

    private static final String SUMMARY = """
            select status,
                   count(*) as users,
                   count(*) filter (where status = 'ACTIVE' and last_login_at between ? and ?) as recently_active
              from users
             group by status
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresUserStatistics(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public UserStats summarize(Instant now) {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(SUMMARY)) {
            statement.setObject(1, UserRows.timestamp(now.minus(ACTIVE_WINDOW)));
            statement.setObject(2, UserRows.timestamp(now));
            Map<UserStatus, Long> counts = new EnumMap<>(UserStatus.class);
            long recentlyActive = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(UserStatus.valueOf(rows.getString("status")), rows.getLong("users"));
                    recentlyActive += rows.getLong("recently_active");
                }
            }
            return new UserStats(counts, recentlyActive);
        } catch (SQLException e) {
            throw new DataAccessException("user statistics failed", e);
        }
    }
}
