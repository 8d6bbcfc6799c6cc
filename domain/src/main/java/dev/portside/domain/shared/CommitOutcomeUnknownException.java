package dev.portside.domain.shared;

/**
 * The storage lost contact while committing a unit of work, so whether the unit's writes are durable
 * is unknown. Such a unit is never run again: it may have committed. The caller answers that storage
 * is unavailable; a client retrying with the same idempotency key then finds the stored outcome if
 * the commit did land, and runs the request afresh if it did not.
 */
public final class CommitOutcomeUnknownException extends StorageUnavailableException {

    public CommitOutcomeUnknownException(Throwable cause) {
        super("the commit's outcome is unknown; it may have been applied", cause);
    }
}
