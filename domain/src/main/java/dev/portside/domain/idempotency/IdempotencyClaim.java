package dev.portside.domain.idempotency;

/** What claiming a key found: the caller either owns the request now, or must answer from the record. */
public sealed interface IdempotencyClaim {

    /** No live record existed: the caller runs the request and must then complete or release the key. */
    record Acquired() implements IdempotencyClaim {
    }

    /** A request with this key is still running (409 idempotency_key_in_use). */
    record InProgress() implements IdempotencyClaim {
    }

    /** The key was used with a different request (422 idempotency_key_reused). */
    record Mismatch() implements IdempotencyClaim {
    }

    /** The request already ran: replay its response. */
    record Completed(StoredResponse response) implements IdempotencyClaim {
    }
}
