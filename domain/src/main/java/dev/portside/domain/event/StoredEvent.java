package dev.portside.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as the outbox keeps it: its position ({@code id}, increasing in the order events become
 * readable, the resume
 * position subscribers send back) and when storage wrote it (at the end of its unit, just before the
 * commit; retention counts from it).
 */
public record StoredEvent(long id, DomainEvent event, Instant storedAt) {

    public StoredEvent {
        if (id < 1) {
            throw new IllegalArgumentException("event ids start at 1");
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
