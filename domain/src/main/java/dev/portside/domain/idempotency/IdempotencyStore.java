package dev.portside.domain.idempotency;

import java.time.Instant;

/**
 * Remembers idempotent requests for at least 24 hours.
 *
 * <p>{@link #claim} is atomic on its own and commits at once, so that concurrent retries of one key
 * see each other. {@link #complete} may be called inside the unit of work that performs the request,
 * so that the stored response commits, or rolls back, together with the effect it describes.
 */
public interface IdempotencyStore {

    /**
     * Claims the key for a request with the given fingerprint (a digest of what makes two requests the
     * same). An expired record, or an in-flight one whose owner has been gone longer than the store's
     * lease, counts as absent.
     */
    IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now);

    /** Stores the response of a claimed request; retries of the key replay it from now on. */
    void complete(IdempotencyKey key, StoredResponse response, Instant now);

    /** Forgets an unfinished claim (the request failed without an answer worth replaying). */
    void release(IdempotencyKey key);
}
