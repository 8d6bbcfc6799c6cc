package dev.portside.adapters.postgres.shop;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Report row: orders and revenue per UTC day and currency. */
@Introspected
record DailyOrdersRow(LocalDate day, String currency, long orders, BigDecimal revenue) {}
