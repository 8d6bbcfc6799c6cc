package dev.portside.adapters.postgres.user;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The admin overview as one aggregation over {@code users} (see {@link UserRows#countByStatus}). */
@Singleton
@PostgresAdapter
final class PostgresUserStatistics implements UserStatistics {

    private final UserRows rows;

    PostgresUserStatistics(UserRows rows) {
        this.rows = rows;
    }

    @Override
    public UserStats summarize(Instant now) {
        Map<UserStatus, Long> counts = new EnumMap<>(UserStatus.class);
        long recentlyActive = 0;
        for (UserStatusCountRow row : rows.countByStatus(now.minus(ACTIVE_WINDOW), now)) {
            counts.put(UserStatus.valueOf(row.status()), row.users());
            recentlyActive += row.recentlyActive();
        }
        return new UserStats(counts, recentlyActive);
    }
}
