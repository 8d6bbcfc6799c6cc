package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The admin overview as one aggregation ({@link UserCounts#summarize}). */
@Singleton
@MongoAdapter
final class MongoUserStatistics implements UserStatistics {

    private final UserCounts counts;

    MongoUserStatistics(UserCounts counts) {
        this.counts = counts;
    }

    @Override
    public UserStats summarize(Instant now) {
        Map<UserStatus, Long> byStatus = new EnumMap<>(UserStatus.class);
        long recentlyActive = 0;
        for (UserCount line : counts.summarize(now.minus(ACTIVE_WINDOW), now)) {
            if (UserCount.RECENTLY_ACTIVE.equals(line.key())) {
                recentlyActive = line.count();
            } else {
                byStatus.put(UserStatus.valueOf(line.key()), line.count());
            }
        }
        return new UserStats(byStatus, recentlyActive);
    }
}
