package dev.portside.adapters.mongo.testsupport;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bson.Document;

/**
 * Events of a type this build does not know, stored straight into {@code outbox_events} as a newer
 * version of the service would write them during a rolling deploy: their ids taken from the outbox's
 * counter document, like the adapter's own (outside a transaction: the tests write nothing else at the
 * same time).
 */
public final class FutureEvents {

    private FutureEvents() {}

    /**
     * Stores {@code count} events of {@code type} on {@code topic} for an audience this build does not
     * know either (neither is checked: the type is).
     */
    public static void store(MongoDatabase database, String type, String topic, int count) {
        Document counter = Objects.requireNonNull(database.getCollection("counters")
                .findOneAndUpdate(
                        Filters.eq("_id", "outbox_events"),
                        Updates.inc("value", (long) count),
                        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
        long last = counter.getLong("value");
        List<Document> events = new ArrayList<>();
        Date now = new Date();
        for (long id = last - count + 1; id <= last; id++) {
            events.add(new Document("_id", id)
                    .append("type", type)
                    .append("aggregateId", UUID.randomUUID())
                    .append("topic", topic)
                    .append("audience", "followers")
                    .append("payload", "{\"from\":\"a newer version\"}")
                    .append("storedAt", now));
        }
        database.getCollection("outbox_events").insertMany(events);
    }
}
