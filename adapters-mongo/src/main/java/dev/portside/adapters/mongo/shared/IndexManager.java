package dev.portside.adapters.mongo.shared;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.UpdateOptions;
import io.micronaut.context.annotation.Context;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database's indexes up to the newest {@link IndexVersion} when the service starts (MongoDB
 * creates none but {@code _id} by itself). Each applied version is recorded in {@code schema_versions};
 * versions already recorded are skipped. Index creation is idempotent, so two instances starting at
 * once both succeed and one of them records the version.
 */
@Context
@MongoAdapter
final class IndexManager {

    static final String SCHEMA_VERSIONS = "schema_versions";

    private static final Logger LOG = LoggerFactory.getLogger(IndexManager.class);
    private static final int NAMESPACE_NOT_FOUND = 26;
    private static final int INDEX_NOT_FOUND = 27;

    IndexManager(MongoStorage storage, MongoDeployment deployment) {
        apply(storage, PortsideIndexes.versions());
        LOG.debug("MongoDB indexes up to date on {}", deployment.deployment());
    }

    static void apply(MongoStorage storage, List<IndexVersion> versions) {
        MongoCollection<Document> applied = storage.database().getCollection(SCHEMA_VERSIONS);
        int last = 0;
        for (IndexVersion version : versions) {
            if (version.version() <= last) {
                throw new IllegalStateException("index versions must be strictly increasing at " + version.version());
            }
            last = version.version();
            if (applied.find(Filters.eq("_id", version.version())).first() != null) {
                continue;
            }
            for (IndexVersion.DroppedIndex dropped : version.drop()) {
                dropIfPresent(storage, dropped);
            }
            for (IndexSpec index : version.create()) {
                create(storage, index);
            }
            applied.updateOne(
                    Filters.eq("_id", version.version()),
                    new Document(
                            "$setOnInsert",
                            new Document("description", version.description())
                                    .append("appliedAt", Date.from(Instant.now()))),
                    new UpdateOptions().upsert(true));
            LOG.info("applied MongoDB index version {}: {}", version.version(), version.description());
        }
    }

    private static void create(MongoStorage storage, IndexSpec index) {
        IndexOptions options = index.options();
        storage.database().getCollection(index.collection()).createIndex(index.keys(), options);
    }

    private static void dropIfPresent(MongoStorage storage, IndexVersion.DroppedIndex dropped) {
        try {
            storage.database().getCollection(dropped.collection()).dropIndex(dropped.name());
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_NOT_FOUND && e.getErrorCode() != NAMESPACE_NOT_FOUND) {
                throw e;
            }
            // already gone
        }
    }
}
