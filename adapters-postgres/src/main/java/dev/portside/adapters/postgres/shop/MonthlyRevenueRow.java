package dev.portside.adapters.postgres.shop;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** Report row: revenue per UTC month and currency. */
@Introspected
record MonthlyRevenueRow(int year, int month, String currency, BigDecimal revenue) {}
