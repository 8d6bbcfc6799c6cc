package dev.portside.adapters.postgres.idempotency;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code idempotency_records}: the caller's scope and the key it sent. */
@Embeddable
record IdempotencyRecordKey(
        @MappedProperty("scope") String scope,
        @MappedProperty("idem_key") String idemKey) {}
