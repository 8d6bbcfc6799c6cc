package dev.portside.domain.user.port;

import java.time.Duration;
import java.time.Instant;

/** Read model for the admin overview of accounts; backends answer it with one aggregation. */
public interface UserStatistics {

    Duration ACTIVE_WINDOW = Duration.ofDays(30);

    /**
     * Counts users by status, and counts the ACTIVE users whose last login lies in
     * {@code [now - 30 days, now]} (both ends included).
     */
    UserStats summarize(Instant now);
}
