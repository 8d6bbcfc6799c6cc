package dev.portside.domain.shared;

/** Storage could not do the work (failed, or kept refusing through the bounded retries). Nothing was applied. */
public final class StorageUnavailableException extends DomainException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(ErrorCode.STORAGE_UNAVAILABLE, message, cause);
    }
}
