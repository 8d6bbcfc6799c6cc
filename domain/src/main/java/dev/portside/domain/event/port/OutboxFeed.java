package dev.portside.domain.event.port;

import dev.portside.domain.event.StoredEvent;
import java.time.Instant;
import java.util.List;

/**
 * The reading side of the outbox: what the delivery to subscribers and the retention job use.
 *
 * <p>The promise every implementation keeps: ids increase in commit order. Once a reader has seen an
 * event with id {@code n}, no event with an id of {@code n} or less can still commit, so a reader
 * that remembers the last id it saw never skips an event (ADR 21).
 */
public interface OutboxFeed {

    /** Committed events with an id above {@code afterId}, lowest id first, at most {@code limit}. */
    List<StoredEvent> readAfter(long afterId, int limit);

    /** The highest id of any committed event, 0 when there was none. */
    long lastId();

    /**
     * Deletes at most {@code limit} events stored before {@code cutoff}, lowest ids first, and says how
     * many it deleted: a bounded piece of work, for the retention job to repeat.
     */
    int deleteStoredBefore(Instant cutoff, int limit);
}
