package dev.portside.adapters.redis.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling Redis for a while after it failed several times in a row, so an outage costs each
 * request nothing instead of a timeout. CLOSED: every call goes through; {@code failureThreshold}
 * consecutive failures open it. OPEN: calls are skipped until {@code openFor} has passed, then it is
 * HALF_OPEN: one trial call goes through (the others are still skipped); its success closes the
 * breaker, its failure opens it again. An outage logs one WARN line when the breaker opens and one
 * INFO line when it closes; the trials in between log at DEBUG, never per request.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    private final String name;
    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private volatile State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(String name, int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.name = Objects.requireNonNull(name, "name");
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    public State state() {
        return state;
    }

    /** Whether the caller may call Redis now; a caller that got {@code true} must report the outcome. */
    public boolean tryAcquire() {
        if (state == State.CLOSED) {
            return true;
        }
        synchronized (this) {
            if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= openForNanos) {
                moveTo(State.HALF_OPEN);
            }
            if (state == State.HALF_OPEN && !trialInFlight) {
                trialInFlight = true;
                return true;
            }
            return state == State.CLOSED;
        }
    }

    public void onSuccess() {
        if (state == State.CLOSED && consecutiveFailures == 0) {
            return;
        }
        synchronized (this) {
            consecutiveFailures = 0;
            trialInFlight = false;
            if (state != State.CLOSED) {
                moveTo(State.CLOSED);
            }
        }
    }

    /** The acquired call was not made after all (nothing learned about Redis): frees a half-open trial. */
    public synchronized void release() {
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        trialInFlight = false;
        if (state == State.HALF_OPEN || (state == State.CLOSED && ++consecutiveFailures >= failureThreshold)) {
            openedAt = nanoClock.getAsLong();
            moveTo(State.OPEN);
        }
    }

    private void moveTo(State next) {
        State previous = state;
        state = next;
        if (previous == State.CLOSED) {
            LOG.warn("cache '{}': circuit OPEN after {} failures in a row; Redis is skipped, retried every {} ms",
                    name, consecutiveFailures, openForNanos / 1_000_000);
        } else if (next == State.CLOSED) {
            LOG.info("cache '{}': circuit CLOSED, Redis answers again", name);
        } else {
            LOG.debug("cache '{}': circuit {} -> {}", name, previous, next);
        }
        if (next == State.CLOSED) {
            consecutiveFailures = 0;
        }
    }
}
