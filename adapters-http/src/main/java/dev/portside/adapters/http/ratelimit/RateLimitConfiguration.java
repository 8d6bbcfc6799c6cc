package dev.portside.adapters.http.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Request quotas per caller ({@code portside.rate-limit}): a caller is the user of a valid token, else
 * the client address. Three classes of endpoint, each with its own bucket per caller: {@code auth}
 * (login and registration: password guessing and account spraying, strictest, always per address),
 * {@code writes} (every other POST, PUT, PATCH, DELETE) and {@code reads} (GET and everything else).
 */
@ConfigurationProperties("portside.rate-limit")
public final class RateLimitConfiguration {

    private boolean enabled = true;
    private final Limit auth = new Limit(10, Duration.ofMinutes(1));
    private final Limit writes = new Limit(120, Duration.ofMinutes(1));
    private final Limit reads = new Limit(600, Duration.ofMinutes(1));

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Limit getAuth() {
        return auth;
    }

    public Limit getWrites() {
        return writes;
    }

    public Limit getReads() {
        return reads;
    }

    public void setAuthCapacity(long capacity) {
        auth.setCapacity(capacity);
    }

    public void setAuthPeriod(Duration period) {
        auth.setPeriod(period);
    }

    public void setWritesCapacity(long capacity) {
        writes.setCapacity(capacity);
    }

    public void setWritesPeriod(Duration period) {
        writes.setPeriod(period);
    }

    public void setReadsCapacity(long capacity) {
        reads.setCapacity(capacity);
    }

    public void setReadsPeriod(Duration period) {
        reads.setPeriod(period);
    }

    /** {@code capacity} requests per {@code period}, refilled continuously. */
    public static final class Limit {

        private long capacity;
        private Duration period;

        Limit(long capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
        }

        public long getCapacity() {
            return capacity;
        }

        void setCapacity(long capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("a rate limit capacity must be positive");
            }
            this.capacity = capacity;
        }

        public Duration getPeriod() {
            return period;
        }

        void setPeriod(Duration period) {
            if (period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit period must be positive");
            }
            this.period = period;
        }
    }
}
