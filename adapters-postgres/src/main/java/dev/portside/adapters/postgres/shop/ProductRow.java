package dev.portside.adapters.postgres.shop;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code products}; the price is an amount at the currency's scale plus the currency code. */
@MappedEntity("products")
record ProductRow(
        @Id UUID id,
        String sku,
        String name,
        String category,
        BigDecimal price,
        String currency,
        int stock,
        Instant createdAt,
        long version) {}
