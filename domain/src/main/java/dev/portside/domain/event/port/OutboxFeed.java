package dev.portside.domain.event.port;

import dev.portside.domain.event.StoredEvent;
import java.time.Instant;
import java.util.List;

/**
 * The reading side of the outbox: what the delivery to subscribers and the retention job use.
 *
 * <p>The promise every implementation keeps: ids increase in the order events become readable. Once a
 * reader has seen an event with id {@code n}, no event with an id of {@code n} or less can still
 * appear, so a reader that remembers the last id it saw never skips an event (ADR 21). An aggregate's
 * events get their ids in the order their units committed.
 *
 * <p>The feed delivers only events of the types this build knows ({@link dev.portside.domain.event.EventType}):
 * an event of another type (a newer version wrote it during a rolling deploy) is not part of this
 * build's contract, so reads pass over it, never stop or fail at it. Ids then have one more kind of
 * gap, as they already have for rolled-back work.
 */
public interface OutboxFeed {

    /**
     * The first {@code limit} committed events of a known type with an id above {@code afterId},
     * lowest id first. Events of unknown types are skipped, however many there are, so fewer than
     * {@code limit} events (none included) means that, when it read, no committed event of a known type
     * followed the last one returned (or {@code afterId} when none is). Never throws because of an
     * unknown type.
     */
    List<StoredEvent> readAfter(long afterId, int limit);

    /**
     * The highest id of any committed event, 0 when there was none (of any type: a reader may start
     * after an event it would skip).
     */
    long lastId();

    /**
     * Deletes at most {@code limit} events stored before {@code cutoff}, lowest ids first, and says how
     * many it deleted: a bounded piece of work, for the retention job to repeat.
     */
    int deleteStoredBefore(Instant cutoff, int limit);
}
