package dev.portside.adapters.postgres.shop;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.util.UUID;

/** A row of {@code order_items}: one line of an order, a snapshot of the product as sold. */
@MappedEntity("order_items")
record OrderItemRow(
        @EmbeddedId OrderItemKey key,
        UUID productId,
        String sku,
        String name,
        String category,
        int quantity,
        BigDecimal unitPrice) {}
