package dev.portside.adapters.postgres.shop;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order joined to one of its lines: orders are read with their lines in one statement. */
@Introspected
record OrderLineRow(
        UUID id,
        UUID customerId,
        String status,
        String currency,
        Instant createdAt,
        long version,
        UUID productId,
        String sku,
        String name,
        String category,
        int quantity,
        BigDecimal unitPrice) {}
