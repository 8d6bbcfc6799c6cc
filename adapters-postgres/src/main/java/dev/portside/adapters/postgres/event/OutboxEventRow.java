package dev.portside.adapters.postgres.event;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code outbox_events} (V6__outbox.sql); {@code payload} is the event data's JSON text. */
@MappedEntity("outbox_events")
record OutboxEventRow(
        @Id @GeneratedValue Long id,
        String type,
        UUID aggregateId,
        String topic,
        String audience,
        @Nullable UUID ownerId,
        String payload,
        Instant storedAt) {}
