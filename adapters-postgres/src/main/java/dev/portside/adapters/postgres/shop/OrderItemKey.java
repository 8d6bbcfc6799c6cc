package dev.portside.adapters.postgres.shop;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;
import java.util.UUID;

/** The key of an order line: its order and its number there, from 1. */
@Embeddable
record OrderItemKey(
        @MappedProperty("order_id") UUID orderId,
        @MappedProperty("line_no") short lineNo) {}
