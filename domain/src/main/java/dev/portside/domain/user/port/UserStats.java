package dev.portside.domain.user.port;

import dev.portside.domain.user.UserStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Account counts for the admin overview. Every status has a count, zero when there is none. */
public record UserStats(Map<UserStatus, Long> countsByStatus, long activeInLast30Days) {

    public UserStats {
        Objects.requireNonNull(countsByStatus, "countsByStatus");
        EnumMap<UserStatus, Long> complete = new EnumMap<>(UserStatus.class);
        for (UserStatus status : UserStatus.values()) {
            complete.put(status, countsByStatus.getOrDefault(status, 0L));
        }
        countsByStatus = Map.copyOf(complete);
        if (activeInLast30Days < 0) {
            throw new IllegalArgumentException("activeInLast30Days cannot be negative");
        }
    }

    public long count(UserStatus status) {
        return countsByStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return countsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
