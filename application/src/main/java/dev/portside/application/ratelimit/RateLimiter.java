package dev.portside.application.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * A driven port: takes one unit from the bucket named {@code key} if it has one. The HTTP adapter
 * decides keys and quotas; implementations only keep the buckets (in this process, or shared through
 * Redis). An implementation that cannot reach its store answers {@link Decision#unlimited} (fail open):
 * an outage of the limiter must not become an outage of the service.
 */
public interface RateLimiter {

    Decision tryAcquire(String key, Quota quota);

    /** {@code capacity} requests per {@code period}, refilled continuously. */
    record Quota(String name, long capacity, Duration period) {

        public Quota {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(period, "period");
            if (capacity < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a quota needs a positive capacity and period");
            }
        }
    }

    /**
     * The outcome: {@code remaining} units left, {@code retryAfter} until one is back (zero when
     * allowed), {@code reset} until the bucket is full again; {@code enforced} false when the store
     * could not be asked.
     */
    record Decision(boolean allowed, long remaining, Duration retryAfter, Duration reset, boolean enforced) {

        public static Decision unlimited() {
            return new Decision(true, 0, Duration.ZERO, Duration.ZERO, false);
        }
    }
}
