package dev.portside.adapters.postgres.bank;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;
import java.util.UUID;

/** One account's ledger-derived balance in one currency: a projection, not a table. */
@Introspected
record LedgerBalanceRow(UUID accountId, String currency, BigDecimal balance) {}
