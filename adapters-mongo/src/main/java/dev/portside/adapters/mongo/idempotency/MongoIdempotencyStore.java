package dev.portside.adapters.mongo.idempotency;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyKey;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.StoredResponse;
import dev.portside.domain.shared.TransientStorageException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency records in {@code idempotency_records}, one per caller-scoped key ({@code _id} is the
 * scope and key), claimed and completed inside the request's own transaction (ADR 3), so the claim,
 * the effect and the response commit together. A concurrent claim of a key held by a running
 * transaction meets a write conflict, which reruns its unit with backoff until the holder has ended;
 * it then replays the stored response or, if the holder rolled back, claims the key itself. A TTL
 * index removes expired records.
 *
 * <p>Without transactions (the in-process test server) each write commits on its own: a failed unit's
 * claim is removed by compensation, a concurrent claim polls the in-flight record for up to
 * {@code portside.idempotency.in-flight-wait}, and a claim whose process died blocks the key until
 * {@code portside.idempotency.in-flight-lease} has passed.
 */
@Singleton
@MongoAdapter
final class MongoIdempotencyStore implements IdempotencyStore {

    private final IdempotencyRecordDocuments records;
    private final IdempotencyRecordDocumentMapper mapper;
    private final MongoStorage storage;
    private final Duration retention;
    private final Duration inFlightLease;
    private final Duration inFlightWait;

    MongoIdempotencyStore(
            IdempotencyRecordDocuments records,
            IdempotencyRecordDocumentMapper mapper,
            MongoStorage storage,
            IdempotencySettings settings) {
        this.records = records;
        this.mapper = mapper;
        this.storage = storage;
        this.retention = settings.retention();
        this.inFlightLease = settings.inFlightLease();
        this.inFlightWait = settings.inFlightWait();
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        long deadline = System.nanoTime() + inFlightWait.toNanos();
        while (true) {
            IdempotencyClaim claim = tryClaim(key, requestFingerprint, now);
            // inside a transaction a running holder shows as a write conflict, never as in progress
            if (!(claim instanceof IdempotencyClaim.InProgress) || System.nanoTime() > deadline) {
                return claim;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientStorageException("interrupted while waiting for an idempotency key", e);
        }
    }

    private IdempotencyClaim tryClaim(IdempotencyKey key, String requestFingerprint, Instant now) {
        try {
            records.claim(
                    key.scope(), key.value(), requestFingerprint, now, now.minus(inFlightLease), now.plus(retention));
            storage.compensateOnFailure(() -> records.release(key.scope(), key.value()));
            return new IdempotencyClaim.Acquired();
        } catch (RuntimeException failure) {
            if (!MongoFailures.isDuplicateKey(failure)) {
                throw failure;
            }
            if (storage.inTransaction()) {
                // the duplicate key aborted this transaction; the rerun reads the live record
                throw new TransientStorageException("idempotency key claimed concurrently", failure);
            }
        }
        IdempotencyRecordDocument record = records.findById(new IdempotencyRecordDocument.Key(key.scope(), key.value()))
                .orElseThrow(() -> new TransientStorageException(
                        "idempotency record vanished while its key was being claimed", null));
        if (!record.fingerprint().equals(requestFingerprint)) {
            return new IdempotencyClaim.Mismatch();
        }
        if (record.response() == null) {
            return new IdempotencyClaim.InProgress();
        }
        return new IdempotencyClaim.Completed(mapper.toResponse(record.response()));
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response) {
        long matched = records.complete(key.scope(), key.value(), mapper.toDocument(response));
        if (matched != 1) {
            throw new IllegalStateException("completing an idempotency key this unit did not claim");
        }
    }
}
