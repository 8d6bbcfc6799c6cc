package dev.portside.application.event;

import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Removes events older than the retention, a bounded amount per run: at most {@code maxPerRun} events
 * in deletes of {@code batchSize}, so that a large backlog is worked off over several runs instead of
 * one long delete. The newest event always stays, so that positions survive an idle period.
 * Subscribers cannot resume from further back than the retention.
 */
public final class OutboxRetention {

    private final OutboxFeed feed;
    private final Clock clock;
    private final Duration retention;
    private final int batchSize;
    private final int maxPerRun;

    public OutboxRetention(OutboxFeed feed, Clock clock, Duration retention, int batchSize, int maxPerRun) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero() || batchSize < 1 || maxPerRun < batchSize) {
            throw new IllegalArgumentException("retention must be positive and 1 <= batchSize <= maxPerRun");
        }
        this.batchSize = batchSize;
        this.maxPerRun = maxPerRun;
    }

    /** One run: deletes what is older than the retention, up to the run's bound; returns how many. */
    public int purge() {
        var cutoff = clock.now().minus(retention);
        int deleted = 0;
        while (deleted < maxPerRun) {
            int now = feed.deleteStoredBefore(cutoff, Math.min(batchSize, maxPerRun - deleted));
            deleted += now;
            if (now == 0) {
                break;
            }
        }
        return deleted;
    }
}
