package dev.portside.adapters.postgres.idempotency;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;

/**
 * A row of {@code idempotency_records} (V1__idempotency.sql). A row without a response status is a
 * request in flight.
 */
@MappedEntity("idempotency_records")
record IdempotencyRecordRow(
        @EmbeddedId IdempotencyRecordKey id,
        String fingerprint,
        Instant claimedAt,
        Instant expiresAt,
        @Nullable Integer responseStatus,
        @Nullable String responseHeaders,
        @Nullable String responseBody) {}
