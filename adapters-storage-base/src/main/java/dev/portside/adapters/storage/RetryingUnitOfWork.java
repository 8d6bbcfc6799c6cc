package dev.portside.adapters.storage;

import dev.portside.domain.shared.CommitOutcomeUnknownException;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.StorageUnavailableException;
import dev.portside.domain.shared.TransientStorageException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The semantics every {@link UnitOfWork} shares, written once: joining an outer unit, rerunning the
 * whole work on transient failures and version conflicts a bounded number of times, never rerunning a
 * unit whose commit outcome is unknown, turning every other storage failure into
 * {@link StorageUnavailableException}, and running after-commit hooks only once the outermost unit has
 * committed. Implementations supply the atomic run itself and classify their storage's failures.
 *
 * <p>This is storage adapter machinery, not a domain concept: the domain owns only the
 * {@link UnitOfWork} port and the failures its contract names (ADR 15).
 */
public abstract class RetryingUnitOfWork implements UnitOfWork {

    /**
     * Told about every rerun of a unit and what caused it (metrics, ADR 20). Called on the thread that
     * runs the unit, before the pause; it must be quick and must not throw.
     */
    @FunctionalInterface
    public interface RetryObserver {
        void retrying(String cause);
    }

    private static final RetryObserver NO_OBSERVER = cause -> {};

    /**
     * Wraps each before-commit action when it is registered, on the registering thread (observability,
     * ADR 20: the composition root carries the driven port call that registered the action over to its
     * run, so that the statements it issues are attributed to that call). Must return a runnable that
     * runs the action, and must not throw.
     */
    @FunctionalInterface
    public interface BeforeCommitDecorator {
        Runnable decorate(Runnable action);
    }

    private static final BeforeCommitDecorator UNDECORATED = action -> action;

    /** What one attempt of a unit collects: after-commit hooks, before-commit actions, adapters' state. */
    private static final class Attempt {
        final boolean reading;
        final List<Runnable> afterCommit = new ArrayList<>();
        final List<Runnable> beforeCommit = new ArrayList<>();
        final Map<Object, Object> state = new HashMap<>();
        boolean committing;

        Attempt(boolean reading) {
            this.reading = reading;
        }
    }

    private final ThreadLocal<Attempt> attempts = new ThreadLocal<>();
    private final int maxAttempts;
    private volatile RetryObserver retryObserver = NO_OBSERVER;
    private volatile BeforeCommitDecorator beforeCommitDecorator = UNDECORATED;

    protected RetryingUnitOfWork(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    public final int maxAttempts() {
        return maxAttempts;
    }

    /** Replaces the observer of reruns (one per unit of work; the composition root sets it). */
    public final void observeRetries(RetryObserver observer) {
        this.retryObserver = Objects.requireNonNull(observer, "observer");
    }

    /** Replaces the decorator of before-commit actions (one per unit of work; the composition root sets it). */
    public final void decorateBeforeCommit(BeforeCommitDecorator decorator) {
        this.beforeCommitDecorator = Objects.requireNonNull(decorator, "decorator");
    }

    /**
     * A short, stable name for why a transient failure is rerun ({@code serialization_failure},
     * {@code deadlock}, ...): a metric tag, so a small fixed set. Storage adapters name their own.
     */
    protected String transientCause(Throwable failure) {
        return "transient";
    }

    /**
     * Runs the work in one transaction: commits when it returns, rolls back and rethrows when it throws.
     * A failure while committing that leaves the outcome unknown must be thrown as
     * {@link CommitOutcomeUnknownException}; only a commit the storage definitely rolled back may be
     * reported as a transient failure.
     */
    protected abstract <T> T runAtomically(Supplier<T> work);

    /**
     * Runs work that only reads ({@link #read}). By default in a transaction, as {@link #runAtomically}
     * does; a storage whose reads see the same data without one runs it without, saving the commit.
     */
    protected <T> T runReading(Supplier<T> work) {
        return runAtomically(work);
    }

    /** Whether a failure is one that rerunning the work can cure. */
    protected boolean isTransient(Throwable failure) {
        return causeOfType(failure, TransientStorageException.class) != null;
    }

    /**
     * Whether a failure comes from the storage (a driver, pool or server error) rather than from a bug:
     * such failures reach callers as {@link StorageUnavailableException} (503), never as themselves.
     */
    protected boolean isStorageFailure(Throwable failure) {
        return false;
    }

    /** Waits before the given retry (1 = first retry); storage adapters back off with jitter. */
    protected void pauseBeforeRetry(int retry) {}

    /**
     * Sleeps a random time up to {@code base * 2^retry}, capped at {@code max} ("full jitter"), so
     * that concurrent losers of one conflict do not retry in lock-step.
     */
    protected static void sleepWithFullJitter(int retry, Duration base, Duration max) {
        long ceiling = Math.min(max.toNanos(), base.toNanos() << Math.min(retry, 20));
        long pause = ThreadLocalRandom.current().nextLong(Math.max(ceiling, 1));
        try {
            Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off a retry", e);
        }
    }

    /**
     * Called when a hook fails after commit. The unit has committed, so the failure must neither undo it
     * nor reach the caller as an error; the remaining hooks still run. Adapters log it their own way.
     */
    protected void hookFailed(RuntimeException failure) {
        System.getLogger(RetryingUnitOfWork.class.getName())
                .log(
                        System.Logger.Level.WARNING,
                        "after-commit hook failed; the unit of work itself committed",
                        failure);
    }

    @Override
    public final <T> T execute(Supplier<T> work) {
        Attempt running = attempts.get();
        if (running != null && running.reading) {
            throw new IllegalStateException("a unit that writes cannot run inside a read");
        }
        return run(work, false);
    }

    @Override
    public final <T> T read(Supplier<T> work) {
        return run(work, true);
    }

    private <T> T run(Supplier<T> work, boolean reading) {
        Objects.requireNonNull(work, "work");
        if (attempts.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            Attempt unit = new Attempt(reading);
            attempts.set(unit);
            T result;
            try {
                // the before-commit actions run as the last part of the work, inside the transaction:
                // their writes commit with it, and their failures count as the work's own
                Supplier<T> body = () -> {
                    T value = work.get();
                    runBeforeCommit(unit);
                    return value;
                };
                result = reading ? runReading(body) : runAtomically(body);
            } catch (RuntimeException failure) {
                rethrowUnlessRetryable(failure, attempt);
                pauseBeforeRetry(attempt);
                continue;
            } finally {
                attempts.remove();
            }
            runHooks(unit.afterCommit);
            return result;
        }
    }

    /**
     * Registers an action that runs inside the current unit once its work has returned, right before
     * the commit: its writes commit with the unit, and if it throws, the unit rolls back (and is rerun
     * by the usual rules). It runs once per attempt that reaches the end of its work, never for an
     * attempt that failed. A storage adapter uses it to write late what must be written last, such as
     * the outbox (ADR 21). Must be called inside {@link #execute}, and not by a before-commit action.
     */
    public final void beforeCommit(Runnable action) {
        Attempt unit = current("beforeCommit");
        if (unit.committing) {
            throw new IllegalStateException("beforeCommit called by a before-commit action");
        }
        if (unit.reading) {
            // what runs before commit writes, and a read may have no transaction to write in
            throw new IllegalStateException("beforeCommit called inside a read");
        }
        unit.beforeCommit.add(beforeCommitDecorator.decorate(Objects.requireNonNull(action, "action")));
    }

    /**
     * State a storage adapter keeps for the current attempt of the current unit (for instance the
     * events it will write before commit): created by {@code create} on first use in an attempt,
     * forgotten when the attempt ends, whether it committed or not, so a rerun starts afresh. Must be
     * called inside {@link #execute}.
     */
    public final <V> V attemptState(Object key, Supplier<V> create) {
        Objects.requireNonNull(key, "key");
        Attempt unit = current("attemptState");
        @SuppressWarnings("unchecked")
        V value = (V) unit.state.computeIfAbsent(key, k -> Objects.requireNonNull(create.get(), "created state"));
        return value;
    }

    private Attempt current(String method) {
        Attempt unit = attempts.get();
        if (unit == null) {
            throw new IllegalStateException(method + " called outside a unit of work");
        }
        return unit;
    }

    private static void runBeforeCommit(Attempt unit) {
        unit.committing = true;
        for (Runnable action : unit.beforeCommit) {
            action.run();
        }
    }

    private void rethrowUnlessRetryable(RuntimeException failure, int attempt) {
        VersionConflictException conflict = causeOfType(failure, VersionConflictException.class);
        if (conflict != null) {
            if (attempt >= maxAttempts) {
                throw conflict;
            }
            retryObserver.retrying("version_conflict");
            return;
        }
        if (failure instanceof DomainException || failure instanceof StorageUnavailableException) {
            // a refusal is final, and a CommitOutcomeUnknownException means the unit may have committed,
            // so neither ever runs again
            throw failure;
        }
        if (isTransient(failure)) {
            if (attempt >= maxAttempts) {
                throw new StorageUnavailableException(
                        "storage kept refusing the work after " + attempt + " attempts", failure);
            }
            retryObserver.retrying(transientCause(failure));
            return;
        }
        if (isStorageFailure(failure)) {
            throw new StorageUnavailableException("storage failed the work", failure);
        }
        throw failure;
    }

    private void runHooks(List<Runnable> unitHooks) {
        for (Runnable hook : unitHooks) {
            try {
                hook.run();
            } catch (RuntimeException failure) {
                hookFailed(failure);
            }
        }
    }

    @Override
    public final void afterCommit(Runnable action) {
        current("afterCommit").afterCommit.add(Objects.requireNonNull(action, "action"));
    }

    @Nullable
    protected static <E extends Throwable> E causeOfType(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
