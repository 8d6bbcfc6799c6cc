package dev.portside.application.idempotency;

import java.time.Instant;

/**
 * Remembers idempotent requests for at least 24 hours, counted from the claim (the request's arrival).
 *
 * <p>Both methods run inside the unit of work that performs the request, so that claiming the key,
 * the request's effect and its stored response commit together or not at all: a request that dies
 * leaves no claim behind, and a response exists if and only if its effect committed. While a unit
 * holds a key, a concurrent claim of the same key waits for that unit to end and then sees its outcome
 * (or, if it cannot wait any longer, reports {@link IdempotencyClaim.InProgress}).
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a request with the given fingerprint (a digest of what makes two requests the
     * same), inside the current unit of work. An expired record counts as absent. The record expires the
     * retention after {@code now}, whenever it is completed.
     */
    IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now);

    /**
     * Stores the response of a key this unit claimed; retries of the key replay it once the unit has
     * committed. A stored response is never replaced by another one.
     */
    void complete(IdempotencyKey key, StoredResponse response);
}
