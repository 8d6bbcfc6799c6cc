package dev.portside.adapters.mongo.shared;

import com.mongodb.client.AggregateIterable;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection whose operations run in the current unit of work's session (and so its transaction)
 * when there is one. Only the operations the repositories use are exposed, so none can bypass the
 * session by accident.
 */
public final class BoundCollection {

    private final MongoCollection<Document> collection;
    private final Supplier<java.util.Optional<ClientSession>> session;

    BoundCollection(MongoCollection<Document> collection, Supplier<java.util.Optional<ClientSession>> session) {
        this.collection = collection;
        this.session = session;
    }

    private ClientSession session() {
        return session.get().orElse(null);
    }

    public FindIterable<Document> find(Bson filter) {
        ClientSession s = session();
        return s == null ? collection.find(filter) : collection.find(s, filter);
    }

    public Document findFirst(Bson filter) {
        return find(filter).limit(1).first();
    }

    public long count(Bson filter) {
        ClientSession s = session();
        return s == null ? collection.countDocuments(filter) : collection.countDocuments(s, filter);
    }

    public AggregateIterable<Document> aggregate(List<? extends Bson> pipeline) {
        ClientSession s = session();
        return s == null ? collection.aggregate(pipeline) : collection.aggregate(s, pipeline);
    }

    public void insert(Document document) {
        ClientSession s = session();
        if (s == null) {
            collection.insertOne(document);
        } else {
            collection.insertOne(s, document);
        }
    }

    public void insertAll(List<Document> documents) {
        ClientSession s = session();
        if (s == null) {
            collection.insertMany(documents);
        } else {
            collection.insertMany(s, documents);
        }
    }

    public long replace(Bson filter, Document replacement) {
        ClientSession s = session();
        return (s == null ? collection.replaceOne(filter, replacement) : collection.replaceOne(s, filter, replacement))
                .getMatchedCount();
    }

    public UpdateResult update(Bson filter, Bson update, UpdateOptions options) {
        ClientSession s = session();
        return s == null ? collection.updateOne(filter, update, options) : collection.updateOne(s, filter, update, options);
    }

    public long updateMany(Bson filter, Bson update) {
        ClientSession s = session();
        return (s == null ? collection.updateMany(filter, update) : collection.updateMany(s, filter, update))
                .getMatchedCount();
    }

    public Document findOneAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
        ClientSession s = session();
        return s == null ? collection.findOneAndUpdate(filter, update, options)
                : collection.findOneAndUpdate(s, filter, update, options);
    }

    public long deleteOne(Bson filter) {
        ClientSession s = session();
        return (s == null ? collection.deleteOne(filter) : collection.deleteOne(s, filter)).getDeletedCount();
    }

    public long deleteMany(Bson filter) {
        ClientSession s = session();
        return (s == null ? collection.deleteMany(filter) : collection.deleteMany(s, filter)).getDeletedCount();
    }
}
