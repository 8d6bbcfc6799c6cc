package dev.portside.adapters.postgres.bank;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code accounts} (V5__bank.sql). */
@MappedEntity("accounts")
record AccountRow(
        @Id UUID id,
        UUID ownerId,
        String currency,
        BigDecimal balance,
        String status,
        Instant createdAt,
        long version) {}
