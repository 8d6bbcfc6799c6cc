package dev.portside.domain.shared;

import jakarta.annotation.Nullable;

/**
 * Storage refused the work for a reason that a rerun can cure: a serialization failure, a deadlock
 * victim, a connection lost mid-transaction. Adapters translate their own signals into this type
 * (or recognise them natively) so that a {@link UnitOfWork} can retry the whole unit.
 */
public class TransientStorageException extends RuntimeException {

    public TransientStorageException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
