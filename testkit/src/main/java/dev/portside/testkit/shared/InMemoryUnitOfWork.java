package dev.portside.testkit.shared;

import dev.portside.domain.shared.StorageUnavailableException;
import dev.portside.domain.shared.TransientStorageException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The in-memory unit of work: serialises units with the database lock, snapshots every store before
 * the work and restores them when it throws, retries the whole work on transient failures and
 * version conflicts, and runs after-commit hooks only once the outermost unit has succeeded.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    private final InMemoryDatabase database;
    private final int maxAttempts;
    private final ThreadLocal<List<Runnable>> hooks = new ThreadLocal<>();

    public InMemoryUnitOfWork(InMemoryDatabase database) {
        this(database, DEFAULT_MAX_ATTEMPTS);
    }

    public InMemoryUnitOfWork(InMemoryDatabase database, int maxAttempts) {
        this.database = Objects.requireNonNull(database, "database");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        if (hooks.get() != null) {
            return work.get();
        }
        database.lock().lock();
        List<Runnable> committedHooks;
        T result;
        try {
            int attempt = 0;
            while (true) {
                attempt++;
                List<Object> before = database.snapshotAll();
                hooks.set(new ArrayList<>());
                try {
                    result = work.get();
                    committedHooks = hooks.get();
                    break;
                } catch (TransientStorageException e) {
                    database.restoreAll(before);
                    if (attempt >= maxAttempts) {
                        throw new StorageUnavailableException("storage kept refusing the work", e);
                    }
                } catch (VersionConflictException e) {
                    database.restoreAll(before);
                    if (attempt >= maxAttempts) {
                        throw e;
                    }
                } catch (RuntimeException | Error e) {
                    database.restoreAll(before);
                    throw e;
                } finally {
                    hooks.remove();
                }
            }
        } finally {
            database.lock().unlock();
        }
        committedHooks.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> current = hooks.get();
        if (current == null) {
            throw new IllegalStateException("afterCommit called outside a unit of work");
        }
        current.add(Objects.requireNonNull(action, "action"));
    }
}
