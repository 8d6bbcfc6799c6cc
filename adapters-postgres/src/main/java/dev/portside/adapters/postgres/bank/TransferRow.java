package dev.portside.adapters.postgres.bank;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code transfers}, the ledger entry of a transfer (V5__bank.sql). */
@MappedEntity("transfers")
record TransferRow(
        @Id UUID id,
        UUID fromAccountId,
        UUID toAccountId,
        BigDecimal amount,
        String currency,
        @Nullable String reference,
        Instant createdAt) {}
