package dev.portside.adapters.storage;

import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code OutboxFeed.readAfter} as the storage adapters share it: stored events whose type this build
 * does not know (written by a newer version during a rolling deploy) are skipped, never mapped and never
 * thrown over, because they are not part of this build's contract (docs/api.md) and a reader that could
 * not get past one would stop delivery for every subscriber of the instance (ADR 21).
 *
 * <p>A read returns the first {@code limit} known events after {@code afterId}; to find them it reads
 * rows in batches of {@code limit} after the last row it saw, so a batch made only of unknown rows does
 * not end the read, and fewer than {@code limit} events (none at all included) still means that no
 * known event is stored after the last one returned. Only the row's type decides: a row of a known
 * type that cannot be mapped is a bug and still throws.
 *
 * <p>The unknown rows after the last known event are read again by the next call with the same
 * {@code afterId} (the hub's next poll) unless remembered: the reader keeps one hint, "after id
 * {@code a}, up to id {@code b}, there are only unknown rows", and starts the next read after
 * {@code a} at {@code b}. That is safe because ids increase in the order rows become readable
 * ({@code OutboxFeed}): once row {@code b} was read, no row with a smaller id can appear any more, and
 * deleting rows never adds a known one.
 *
 * <p>Each skipped row is reported: the adapter is told the first time this process meets a type name
 * (to log it once, its own way), and the {@link SkipObserver} (a metric, set by the composition root,
 * ADR 20) of every skipped row above the highest one already reported, so that re-reading the same
 * rows (a client resuming from an older id) does not count them twice. Plain Java, like the rest of
 * this module.
 */
public final class OutboxReading {

    /** Told about every skipped event (metrics). Called on the reading thread; quick, never throws. */
    @FunctionalInterface
    public interface SkipObserver {
        void skipped(String type);
    }

    /** Told the first time this process skips an event of a type name; the adapter logs it. */
    @FunctionalInterface
    public interface FirstSkip {
        void firstOfType(String type, long id);
    }

    /** An outbox implementation whose reads skip unknown types; the composition root observes them. */
    public interface SkipsUnknownEventTypes {
        OutboxReading outboxReading();
    }

    /** The adapter's side of a read: its rows and how to map a row of a known type. */
    public interface Rows<R> {

        /** At most {@code limit} rows with an id above {@code afterId}, lowest id first. */
        List<R> after(long afterId, int limit);

        long id(R row);

        /** The stored type name, as written. */
        String type(R row);

        /** The event of a row whose type this build knows. */
        StoredEvent event(R row, EventType type);
    }

    private record Skipped(long afterId, long upTo) {}

    private static final SkipObserver NO_OBSERVER = type -> {};

    /** Type names already reported, for the whole process: the log says each one once. */
    private static final Set<String> REPORTED_TYPES = ConcurrentHashMap.newKeySet();

    private final FirstSkip firstSkip;
    private volatile SkipObserver observer = NO_OBSERVER;
    private volatile Skipped hint = new Skipped(-1, -1);
    private final AtomicLong highestCounted = new AtomicLong();

    public OutboxReading(FirstSkip firstSkip) {
        this.firstSkip = Objects.requireNonNull(firstSkip, "firstSkip");
    }

    /** Replaces the observer of skipped events (the composition root sets it). */
    public void observeSkipped(SkipObserver skipObserver) {
        this.observer = Objects.requireNonNull(skipObserver, "skipObserver");
    }

    /**
     * The first {@code limit} events of a known type with an id above {@code afterId}, lowest id first;
     * fewer only when there are no more.
     */
    public <R> List<StoredEvent> readAfter(long afterId, int limit, Rows<R> rows) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        List<StoredEvent> known = new ArrayList<>();
        Skipped skipped = hint;
        long position = skipped.afterId() == afterId ? skipped.upTo() : afterId;
        while (true) {
            List<R> batch = rows.after(position, limit);
            for (R row : batch) {
                long id = rows.id(row);
                String typeName = rows.type(row);
                EventType type = EventType.ofWireName(typeName).orElse(null);
                if (type == null) {
                    skip(id, typeName);
                } else {
                    known.add(rows.event(row, type));
                    if (known.size() == limit) {
                        return known;
                    }
                }
                position = id;
            }
            if (batch.size() < limit) {
                long lastKnown =
                        known.isEmpty() ? afterId : known.get(known.size() - 1).id();
                if (position > lastKnown) {
                    hint = new Skipped(lastKnown, position);
                }
                return known;
            }
        }
    }

    private void skip(long id, String type) {
        if (REPORTED_TYPES.add(type)) {
            firstSkip.firstOfType(type, id);
        }
        if (highestCounted.getAndAccumulate(id, Math::max) < id) {
            observer.skipped(type);
        }
    }
}
