package dev.portside.testkit.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the in-memory fakes share: one lock that serialises units of work (so a "locking read" is
 * trivially exclusive) and the list of stores to snapshot and restore, which gives rollback.
 */
public final class InMemoryDatabase {

    /** A fake's storage: it can copy its state out and put a copy back. */
    public interface Participant {
        Object snapshot();

        void restore(Object snapshot);
    }

    private final ReentrantLock lock = new ReentrantLock(true);
    private final List<Participant> participants = new ArrayList<>();

    public synchronized void register(Participant participant) {
        participants.add(participant);
    }

    ReentrantLock lock() {
        return lock;
    }

    synchronized List<Object> snapshotAll() {
        List<Object> snapshots = new ArrayList<>(participants.size());
        for (Participant participant : participants) {
            snapshots.add(participant.snapshot());
        }
        return snapshots;
    }

    synchronized void restoreAll(List<Object> snapshots) {
        for (int i = 0; i < snapshots.size(); i++) {
            participants.get(i).restore(snapshots.get(i));
        }
    }

    /**
     * Runs a read or write outside any unit the same way a single-statement transaction would:
     * exclusively, so fakes never see a half-applied unit.
     */
    public <T> T atomically(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
