package dev.portside.adapters.postgres.event;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.storage.OutboxReading;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox on PostgreSQL. {@link #append} only collects the unit's events; they are inserted by a
 * before-commit action, as the last statement of the unit's transaction, without a position, and once
 * the unit has committed it asks {@link OutboxNumbering} to number them (ADR 21). A rerun unit starts
 * with an empty list (the list is the attempt's state). Every read numbers first, so what a writer
 * committed is readable even if its instance died before numbering it. The positions are the ids
 * readers see.
 *
 * <p>Reads skip rows of a type this build does not know (written by a newer version during a rolling
 * deploy) without stopping at them ({@link OutboxReading}): the first row of each such type is logged
 * at WARN, once per process, and the composition root counts them.
 *
 * <p>The mapping between rows and events is written here rather than by MapStruct: an event's
 * audience is two columns, and its type, topic and data are parsed value objects (ADR 13 lists it).
 */
@Singleton
@PostgresAdapter
final class PostgresOutbox implements Outbox, OutboxFeed, OutboxReading.SkipsUnknownEventTypes {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresOutbox.class);
    private static final Object PENDING = new Object();

    private final OutboxEventRows rows;
    private final OutboxNumbering numbering;
    private final RetryingUnitOfWork unitOfWork;
    private final OutboxReading reading = new OutboxReading((type, id) -> LOG.warn(
            "outbox event {} has the type '{}', which this build does not know (a newer version wrote it?):"
                    + " events of that type are skipped, this is logged once per type",
            id,
            type));
    private final OutboxReading.Rows<OutboxEventRow> rowSource = new OutboxReading.Rows<>() {
        @Override
        public List<OutboxEventRow> after(long afterId, int limit) {
            return rows.findAfter(afterId, limit);
        }

        @Override
        public long id(OutboxEventRow row) {
            return row.position();
        }

        @Override
        public String type(OutboxEventRow row) {
            return row.type();
        }

        @Override
        public StoredEvent event(OutboxEventRow row, EventType type) {
            return stored(row, type);
        }
    };

    PostgresOutbox(OutboxEventRows rows, OutboxNumbering numbering, RetryingUnitOfWork unitOfWork) {
        this.rows = rows;
        this.numbering = numbering;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public OutboxReading outboxReading() {
        return reading;
    }

    @Override
    public void append(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        List<DomainEvent> pending = unitOfWork.attemptState(PENDING, () -> {
            List<DomainEvent> events = new ArrayList<>();
            unitOfWork.beforeCommit(() -> insert(events));
            unitOfWork.afterCommit(numbering::request);
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
        numbering.numberNow();
        return reading.readAfter(afterId, limit, rowSource);
    }

    @Override
    public long lastId() {
        numbering.numberNow();
        return rows.lastPosition();
    }

    @Override
    public int deleteStoredBefore(Instant cutoff, int limit) {
        return rows.deleteStoredBefore(cutoff, limit);
    }

    private static StoredEvent stored(OutboxEventRow row, EventType type) {
        Audience audience = new Audience(
                Audience.Kind.ofStoredName(row.audience()),
                Optional.ofNullable(row.ownerId()).map(UserId::new));
        return new StoredEvent(
                row.position(),
                new DomainEvent(
                        type, row.aggregateId(), new Topic(row.topic()), audience, EventData.ofStored(row.payload())),
                row.storedAt());
    }
}
