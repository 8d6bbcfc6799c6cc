package dev.portside.domain.shared;

import java.util.function.Supplier;

/**
 * Runs a piece of work atomically across repositories.
 *
 * <ul>
 *   <li>All writes of the work commit together, or none does (an exception rolls everything back).</li>
 *   <li>On a {@link TransientStorageException} or a {@link VersionConflictException} the whole work is
 *       run again from the start, a bounded number of times; the work must therefore only touch
 *       storage through ports and keep no side effects outside them (use {@link #afterCommit}).</li>
 *   <li>When the retries are used up the unit fails with {@link StorageUnavailableException}
 *       (transient failures) or the last {@link VersionConflictException}; any other storage failure
 *       is a {@link StorageUnavailableException} at once.</li>
 *   <li>A unit whose commit was interrupted (connection lost during COMMIT) is never run again: it may
 *       have committed. It fails with {@link CommitOutcomeUnknownException}.</li>
 *   <li>A call inside a running unit joins it; only the outermost unit commits or retries.</li>
 * </ul>
 */
public interface UnitOfWork {

    <T> T execute(Supplier<T> work);

    /**
     * Runs work that only reads, under the rules of {@link #execute}: reruns on transient failures,
     * storage failures as {@link StorageUnavailableException}, after-commit hooks once the work has
     * returned, and inside a running unit it joins that unit. A storage may run it without a
     * transaction where its reads see the same data either way (on PostgreSQL at READ COMMITTED every
     * statement sees what had committed when it began, in a transaction or not), which saves the
     * commit's round trip. So the work must not write: a unit that writes ({@link #execute}) cannot be
     * started inside it.
     */
    <T> T read(Supplier<T> work);

    default void run(Runnable work) {
        execute(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Registers an action to run once the current unit has committed; it never runs when the unit
     * rolls back. Must be called inside {@link #execute} or {@link #read} (where it runs once the read
     * has returned).
     */
    void afterCommit(Runnable action);
}
