package dev.portside.adapters.postgres.event;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A numbered row of {@code outbox_events} (V6__outbox.sql, V7__outbox_numbered_after_commit.sql): {@code id}
 * is the insert order, {@code position} the event's id for readers; {@code payload} is the event data's
 * JSON text.
 */
@MappedEntity("outbox_events")
record OutboxEventRow(
        @Id @GeneratedValue Long id,
        long position,
        String type,
        UUID aggregateId,
        String topic,
        String audience,
        @Nullable UUID ownerId,
        String payload,
        Instant storedAt) {}
