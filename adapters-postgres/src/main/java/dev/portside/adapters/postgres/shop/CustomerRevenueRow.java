package dev.portside.adapters.postgres.shop;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;
import java.util.UUID;

/** Report row: one of a currency's top customers with their orders and revenue. */
@Introspected
record CustomerRevenueRow(String currency, UUID customerId, long orders, BigDecimal revenue) {}
