package dev.portside.testkit.shared;

import dev.portside.adapters.storage.RetryingUnitOfWork;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The in-memory unit of work: serialises units with the database lock and snapshots every store
 * before the work, restoring them when it throws. Retries and hooks come from
 * {@link RetryingUnitOfWork}, exactly as in the storage adapters.
 */
public final class InMemoryUnitOfWork extends RetryingUnitOfWork {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final InMemoryDatabase database;

    public InMemoryUnitOfWork(InMemoryDatabase database) {
        this(database, DEFAULT_MAX_ATTEMPTS);
    }

    public InMemoryUnitOfWork(InMemoryDatabase database, int maxAttempts) {
        super(maxAttempts);
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    protected <T> T runAtomically(Supplier<T> work) {
        database.lock().lock();
        try {
            List<Object> before = database.snapshotAll();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                database.restoreAll(before);
                throw e;
            }
        } finally {
            database.lock().unlock();
        }
    }
}
