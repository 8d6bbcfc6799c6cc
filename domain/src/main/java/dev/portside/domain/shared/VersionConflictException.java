package dev.portside.domain.shared;

/**
 * An aggregate was saved from a stale version: someone else committed in between.
 * A {@link UnitOfWork} retries the whole unit on it, so the work reruns against fresh state.
 */
public final class VersionConflictException extends DomainException {

    public VersionConflictException(String what) {
        super(ErrorCode.CONCURRENT_MODIFICATION, what + " was modified concurrently");
    }
}
