package dev.portside.domain.shared;

/**
 * Storage could not do the work (failed, or kept refusing through the bounded retries); nothing was
 * applied. Part of the {@link UnitOfWork} port's contract, next to it, but not a business refusal: it
 * carries no {@link ErrorCode}, and the driving adapter answers it as its transport's "unavailable".
 */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
