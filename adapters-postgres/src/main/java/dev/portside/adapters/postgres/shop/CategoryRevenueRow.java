package dev.portside.adapters.postgres.shop;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** Report row: revenue per currency and category (as snapshotted on the lines). */
@Introspected
record CategoryRevenueRow(String currency, String category, BigDecimal revenue) {}
