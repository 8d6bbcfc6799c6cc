package dev.portside.adapters.mongo.shared;

import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection read (and, in tests, written) through the driver in the current unit of work's session
 * when there is one. Only the migration's native reads ({@code MongoNativeReads} in bootstrap, see
 * ADR 13) and the unit of work's own test use it; every port goes through a {@code @MongoRepository}.
 */
public final class BoundCollection {

    private final MongoCollection<Document> collection;
    private final Supplier<Optional<ClientSession>> session;

    BoundCollection(MongoCollection<Document> collection, Supplier<Optional<ClientSession>> session) {
        this.collection = collection;
        this.session = session;
    }

    @Nullable
    private ClientSession session() {
        return session.get().orElse(null);
    }

    public FindIterable<Document> find(Bson filter) {
        ClientSession s = session();
        return s == null ? collection.find(filter) : collection.find(s, filter);
    }

    public long count(Bson filter) {
        ClientSession s = session();
        return s == null ? collection.countDocuments(filter) : collection.countDocuments(s, filter);
    }

    public void insert(Document document) {
        ClientSession s = session();
        if (s == null) {
            collection.insertOne(document);
        } else {
            collection.insertOne(s, document);
        }
    }
}
