package dev.portside.application.idempotency;

/** What claiming a key found: the caller either owns the request now, or must answer from the record. */
public sealed interface IdempotencyClaim {

    /**
     * No live record existed: the current unit of work holds the key, runs the request and completes
     * the key before it commits.
     */
    record Acquired() implements IdempotencyClaim {}

    /** Another unit still holds the key after the store's bounded wait (409 idempotency_key_in_use). */
    record InProgress() implements IdempotencyClaim {}

    /** The key was used with a different request (422 idempotency_key_reused). */
    record Mismatch() implements IdempotencyClaim {}

    /** The request already ran: replay its response. */
    record Completed(StoredResponse response) implements IdempotencyClaim {}
}
