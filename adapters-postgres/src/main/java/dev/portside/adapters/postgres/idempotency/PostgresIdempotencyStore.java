package dev.portside.adapters.postgres.idempotency;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyKey;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.StoredResponse;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency records in PostgreSQL, claimed and completed inside the request's own transaction
 * (ADR 3). The claim is an insert: while the claiming transaction runs, the primary key's row lock
 * makes a concurrent claim of the same key wait, and when that transaction commits the waiter finds
 * the completed record and replays it; when it rolls back (the request failed, its connection or its
 * process died) the waiter inserts and runs the request itself. The wait is bounded by the
 * connection's {@code lock_timeout}; past it the claim reports the key in progress.
 */
@Singleton
@PostgresAdapter
final class PostgresIdempotencyStore implements IdempotencyStore {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final IdempotencyRecordRows records;
    private final IdempotencyRecordRowMapper mapper;
    private final Duration retention;

    PostgresIdempotencyStore(
            IdempotencyRecordRows records, IdempotencyRecordRowMapper mapper, IdempotencySettings settings) {
        this.records = records;
        this.mapper = mapper;
        this.retention = settings.retention();
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        boolean acquired;
        try {
            acquired = records.claim(key.scope(), key.value(), requestFingerprint, now, now.plus(retention)) == 1;
        } catch (DataAccessException failure) {
            if (SqlStates.sqlState(failure).filter(LOCK_NOT_AVAILABLE::equals).isPresent()) {
                // the holder's unit still runs; this transaction is aborted and must end, which the
                // caller's refusal does
                return new IdempotencyClaim.InProgress();
            }
            throw failure;
        }
        if (acquired) {
            return new IdempotencyClaim.Acquired();
        }
        // the conflicting record is committed (a waiting insert only returns once its holder ended),
        // live, and this statement's fresh snapshot sees it
        IdempotencyRecordRow found = records.findById(new IdempotencyRecordKey(key.scope(), key.value()))
                .orElseThrow(
                        () -> new IllegalStateException("idempotency record vanished while its key was being claimed"));
        if (!found.fingerprint().equals(requestFingerprint)) {
            return new IdempotencyClaim.Mismatch();
        }
        if (found.responseStatus() == null) {
            return new IdempotencyClaim.InProgress();
        }
        return new IdempotencyClaim.Completed(mapper.storedResponse(found));
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response) {
        int updated = records.complete(
                key.scope(), key.value(), response.status(), mapper.headers(response.headers()), response.body());
        if (updated != 1) {
            throw new IllegalStateException("completing an idempotency key this unit did not claim");
        }
    }
}
