package dev.portside.adapters.postgres.shop;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code orders}; every line of the order shares its currency. */
@MappedEntity("orders")
record OrderRow(@Id UUID id, UUID customerId, String status, String currency, Instant createdAt, long version) {}
