package dev.portside.adapters.mongo.event;

import com.mongodb.ReadConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
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
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox on MongoDB: the {@code outbox_events} collection, ids from the counter document
 * {@code counters/outbox_events}. {@link #append} collects the unit's events; a before-commit action
 * increments the counter by their number and inserts them, in the unit's transaction, as its last
 * writes. The counter makes ids follow commit order: a transaction can only increment it once every
 * transaction that incremented it before has committed (otherwise the server reports a write conflict
 * and the unit is rerun, ADR 1), so no reader ever sees an id while a smaller one may still commit
 * (ADR 21). Readers read majority-committed data, so an event a failover could roll back is never sent.
 *
 * <p>Written with the driver, not a Micronaut Data repository (ADR 13's exceptions): the counter needs
 * {@code findOneAndUpdate} returning the new value, which no repository method gives, and the rest of
 * the outbox stays in the same idiom beside it.
 *
 * <p>Reads skip events of a type this build does not know (written by a newer version during a
 * rolling deploy) without stopping at them ({@link OutboxReading}): the first of each such type is
 * logged at WARN, once per process, and the composition root counts them.
 *
 * <p>Without transactions (the in-process test server only) the increment and the insert are made
 * under a lock of this instance, so that ids still appear in order, and the insert is undone by
 * compensation if the unit fails afterwards. That holds for one service instance only.
 */
@Singleton
@MongoAdapter
final class MongoOutbox implements Outbox, OutboxFeed, OutboxReading.SkipsUnknownEventTypes {

    static final String COLLECTION = "outbox_events";
    static final String COUNTERS = "counters";
    private static final Logger LOG = LoggerFactory.getLogger(MongoOutbox.class);
    private static final Object PENDING = new Object();

    private final MongoStorage storage;
    private final RetryingUnitOfWork unitOfWork;
    private final Object nonTransactionalOrder = new Object();
    private final OutboxReading reading = new OutboxReading((type, id) -> LOG.warn(
            "outbox event {} has the type '{}', which this build does not know (a newer version wrote it?):"
                    + " events of that type are skipped, this is logged once per type",
            id,
            type));
    private final OutboxReading.Rows<Document> documentSource = new OutboxReading.Rows<>() {
        @Override
        public List<Document> after(long afterId, int limit) {
            List<Document> read = new ArrayList<>();
            committed()
                    .find(Filters.gt("_id", afterId))
                    .sort(Sorts.ascending("_id"))
                    .limit(limit)
                    .into(read);
            return read;
        }

        @Override
        public long id(Document document) {
            return document.getLong("_id");
        }

        @Override
        public String type(Document document) {
            // a document without a type is no event of this build either
            return Objects.requireNonNullElse(document.getString("type"), "");
        }

        @Override
        public StoredEvent event(Document document, EventType type) {
            return stored(document, type);
        }
    };

    MongoOutbox(MongoStorage storage, RetryingUnitOfWork unitOfWork) {
        this.storage = storage;
        this.unitOfWork = unitOfWork;
        // the counter exists before the first transaction needs it
        counters()
                .updateOne(
                        Filters.eq("_id", COLLECTION),
                        Updates.setOnInsert("value", 0L),
                        new UpdateOptions().upsert(true));
    }

    private MongoCollection<Document> events() {
        return storage.database().getCollection(COLLECTION);
    }

    private MongoCollection<Document> counters() {
        return storage.database().getCollection(COUNTERS);
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

    private void insert(List<DomainEvent> pending) {
        Optional<ClientSession> session = storage.currentSession().filter(ClientSession::hasActiveTransaction);
        if (session.isPresent()) {
            insert(session.get(), pending);
            return;
        }
        synchronized (nonTransactionalOrder) {
            List<Long> ids = insert(null, pending);
            storage.compensateOnFailure(() -> events().deleteMany(Filters.in("_id", ids)));
        }
    }

    private List<Long> insert(@Nullable ClientSession session, List<DomainEvent> pending) {
        int n = pending.size();
        FindOneAndUpdateOptions increment =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        Document counter = session == null
                ? counters().findOneAndUpdate(Filters.eq("_id", COLLECTION), Updates.inc("value", (long) n), increment)
                : counters()
                        .findOneAndUpdate(
                                session, Filters.eq("_id", COLLECTION), Updates.inc("value", (long) n), increment);
        long last = Objects.requireNonNull(counter, "counter").getLong("value");
        Date now = new Date();
        List<Document> documents = new ArrayList<>(n);
        List<Long> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long id = last - n + 1 + i;
            ids.add(id);
            documents.add(document(id, pending.get(i), now));
        }
        if (session == null) {
            events().insertMany(documents);
        } else {
            events().insertMany(session, documents);
        }
        return ids;
    }

    private static Document document(long id, DomainEvent event, Date storedAt) {
        Document document = new Document("_id", id)
                .append("type", event.type().wireName())
                .append("aggregateId", event.aggregateId())
                .append("topic", event.topic().value())
                .append("audience", event.audience().kind().storedName());
        event.audience().owner().ifPresent(owner -> document.append("ownerId", owner.value()));
        return document.append("payload", event.data().json()).append("storedAt", storedAt);
    }

    @Override
    public OutboxReading outboxReading() {
        return reading;
    }

    @Override
    public List<StoredEvent> readAfter(long afterId, int limit) {
        return reading.readAfter(afterId, limit, documentSource);
    }

    @Override
    public long lastId() {
        Document newest = committed()
                .find()
                .sort(Sorts.descending("_id"))
                .projection(Projections.include("_id"))
                .first();
        return newest == null ? 0 : newest.getLong("_id");
    }

    @Override
    public int deleteStoredBefore(Instant cutoff, int limit) {
        long newest = lastId();
        List<Long> ids = new ArrayList<>();
        for (Document document : events().find(
                        Filters.and(Filters.lt("storedAt", Date.from(cutoff)), Filters.lt("_id", newest)))
                .sort(Sorts.ascending("_id"))
                .projection(Projections.include("_id"))
                .limit(limit)) {
            ids.add(document.getLong("_id"));
        }
        return ids.isEmpty()
                ? 0
                : (int) events().deleteMany(Filters.in("_id", ids)).getDeletedCount();
    }

    private MongoCollection<Document> committed() {
        return events().withReadConcern(ReadConcern.MAJORITY);
    }

    private static StoredEvent stored(Document document, EventType type) {
        long id = document.getLong("_id");
        Audience audience = new Audience(
                Audience.Kind.ofStoredName(document.getString("audience")),
                Optional.ofNullable(document.get("ownerId", UUID.class)).map(UserId::new));
        return new StoredEvent(
                id,
                new DomainEvent(
                        type,
                        document.get("aggregateId", UUID.class),
                        new Topic(document.getString("topic")),
                        audience,
                        EventData.ofStored(document.getString("payload"))),
                document.getDate("storedAt").toInstant());
    }
}
