package dev.portside.adapters.postgres.event;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.Topic;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox on PostgreSQL. {@link #append} only collects the unit's events; they are inserted by a
 * before-commit action, as the last statement of the unit's transaction, so the commit-order lock the
 * insert takes (V6__outbox.sql, ADR 21) is held only for that statement and the COMMIT. A rerun unit
 * starts with an empty list (the list is the attempt's state).
 *
 * <p>The mapping between rows and events is written here rather than by MapStruct: an event's
 * audience is two columns, and its type, topic and data are parsed value objects (ADR 13 lists it).
 */
@Singleton
@PostgresAdapter
final class PostgresOutbox implements Outbox, OutboxFeed {

    private static final Object PENDING = new Object();

    private final OutboxEventRows rows;
    private final RetryingUnitOfWork unitOfWork;

    PostgresOutbox(OutboxEventRows rows, RetryingUnitOfWork unitOfWork) {
        this.rows = rows;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        List<DomainEvent> pending = unitOfWork.attemptState(PENDING, () -> {
            List<DomainEvent> events = new ArrayList<>();
            unitOfWork.beforeCommit(() -> insert(events));
            return events;
        });
        pending.add(event);
    }

    private void insert(List<DomainEvent> events) {
        int n = events.size();
        String[] types = new String[n];
        UUID[] aggregateIds = new UUID[n];
        String[] topics = new String[n];
        String[] audiences = new String[n];
        UUID[] owners = new UUID[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            DomainEvent event = events.get(i);
            types[i] = event.type().wireName();
            aggregateIds[i] = event.aggregateId();
            topics[i] = event.topic().value();
            audiences[i] = event.audience().kind().storedName();
            owners[i] = event.audience().owner().map(UserId::value).orElse(null);
            payloads[i] = event.data().json();
        }
        rows.insertAll(types, aggregateIds, topics, audiences, owners, payloads);
    }

    @Override
    public List<StoredEvent> readAfter(long afterId, int limit) {
        return rows.findAfter(afterId, limit).stream()
                .map(PostgresOutbox::stored)
                .toList();
    }

    @Override
    public long lastId() {
        return rows.lastId();
    }

    @Override
    public int deleteStoredBefore(Instant cutoff, int limit) {
        return rows.deleteStoredBefore(cutoff, limit);
    }

    private static StoredEvent stored(OutboxEventRow row) {
        EventType type = EventType.ofWireName(row.type())
                .orElseThrow(() ->
                        new IllegalStateException("outbox event " + row.id() + " has an unknown type " + row.type()));
        Audience audience = new Audience(
                Audience.Kind.ofStoredName(row.audience()),
                Optional.ofNullable(row.ownerId()).map(UserId::new));
        return new StoredEvent(
                row.id(),
                new DomainEvent(
                        type, row.aggregateId(), new Topic(row.topic()), audience, EventData.ofStored(row.payload())),
                row.storedAt());
    }
}
