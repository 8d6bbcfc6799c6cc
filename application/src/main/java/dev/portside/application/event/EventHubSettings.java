package dev.portside.application.event;

import java.time.Duration;
import java.util.Objects;

/**
 * How the delivery behaves.
 *
 * @param pollInterval          how often the outbox is read when no watch wakes the delivery (the bound on
 *                              how late an event is when a notification is lost)
 * @param batchSize             events read from the outbox per query
 * @param heartbeatInterval     how often an idle subscription gets a heartbeat
 * @param queueCapacity         events waiting for one subscriber; one more and the subscriber is cut off
 * @param stallTimeout          a subscriber with waiting events that takes none for this long is cut off
 * @param maxSubscriptionsPerCaller open subscriptions one user may hold at once
 */
public record EventHubSettings(
        Duration pollInterval,
        int batchSize,
        Duration heartbeatInterval,
        int queueCapacity,
        Duration stallTimeout,
        int maxSubscriptionsPerCaller) {

    public EventHubSettings {
        requirePositive(pollInterval, "pollInterval");
        requirePositive(heartbeatInterval, "heartbeatInterval");
        requirePositive(stallTimeout, "stallTimeout");
        if (batchSize < 1 || queueCapacity < 1 || maxSubscriptionsPerCaller < 1) {
            throw new IllegalArgumentException(
                    "batchSize, queueCapacity and maxSubscriptionsPerCaller must be at least 1");
        }
    }

    public static EventHubSettings defaults() {
        return new EventHubSettings(
                Duration.ofSeconds(1), 500, Duration.ofSeconds(15), 1000, Duration.ofSeconds(30), 5);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
