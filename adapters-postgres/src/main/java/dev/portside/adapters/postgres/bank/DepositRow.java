package dev.portside.adapters.postgres.bank;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code deposits}, the ledger entry of money coming in from outside (V5__bank.sql). */
@MappedEntity("deposits")
record DepositRow(@Id UUID id, UUID accountId, BigDecimal amount, String currency, Instant createdAt) {}
