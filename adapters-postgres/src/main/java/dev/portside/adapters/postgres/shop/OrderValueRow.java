package dev.portside.adapters.postgres.shop;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** Report row: orders and exact revenue per currency. */
@Introspected
record OrderValueRow(String currency, long orders, BigDecimal revenue) {}
