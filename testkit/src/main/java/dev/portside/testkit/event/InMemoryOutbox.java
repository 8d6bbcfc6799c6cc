package dev.portside.testkit.event;

import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.Clock;
import dev.portside.testkit.shared.InMemoryDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The outbox in memory. Units of work are serialised by the database lock (ADR 4), so the order of
 * appends is the commit order, and a rolled-back unit's events vanish with the snapshot it restores;
 * the id counter is part of the snapshot, so ids have no gaps. Readers read under the same lock, so
 * they never see a unit half done.
 *
 * <p>Listeners registered with {@link #onAppend} are told of every append (while the unit still runs);
 * a reader woken by them waits for the lock and so sees the events once their unit has committed.
 */
public final class InMemoryOutbox implements Outbox, OutboxFeed, InMemoryDatabase.Participant {

    private record State(List<StoredEvent> events, long lastId) {}

    private final InMemoryDatabase database;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private State state = new State(List.of(), 0);

    public InMemoryOutbox(InMemoryDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        database.register(this);
    }

    /** Calls {@code listener} after every append (it must be quick and must not throw). */
    public void onAppend(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void append(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        database.atomically(() -> {
            synchronized (this) {
                List<StoredEvent> events = new ArrayList<>(state.events());
                long id = state.lastId() + 1;
                events.add(new StoredEvent(id, event, clock.now()));
                state = new State(List.copyOf(events), id);
            }
            return null;
        });
        listeners.forEach(Runnable::run);
    }

    @Override
    public List<StoredEvent> readAfter(long afterId, int limit) {
        return database.atomically(() -> current().events().stream()
                .filter(stored -> stored.id() > afterId)
                .limit(limit)
                .toList());
    }

    @Override
    public long lastId() {
        return database.atomically(() -> current().lastId());
    }

    @Override
    public int deleteStoredBefore(Instant cutoff, int limit) {
        return database.atomically(() -> {
            synchronized (this) {
                List<StoredEvent> kept = new ArrayList<>();
                int deleted = 0;
                List<StoredEvent> events = state.events();
                for (int i = 0; i < events.size(); i++) {
                    StoredEvent stored = events.get(i);
                    boolean newest = i == events.size() - 1;
                    if (!newest && deleted < limit && stored.storedAt().isBefore(cutoff)) {
                        deleted++;
                    } else {
                        kept.add(stored);
                    }
                }
                state = new State(List.copyOf(kept), state.lastId());
                return deleted;
            }
        });
    }

    private synchronized State current() {
        return state;
    }

    @Override
    public synchronized Object snapshot() {
        return state;
    }

    @Override
    public synchronized void restore(Object snapshot) {
        state = (State) snapshot;
    }
}
