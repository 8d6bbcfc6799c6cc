package dev.portside.adapters.mongo.shared;

import com.mongodb.client.model.IndexOptions;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * One index of one collection. The name is part of the definition: duplicate-key failures are
 * recognised by it, and a later index version drops or replaces indexes by name.
 */
public record IndexSpec(
        String collection,
        String name,
        Document keys,
        boolean unique,
        @Nullable Long expireAfterSeconds) {

    public IndexSpec {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keys, "keys");
    }

    public static IndexSpec on(String collection, String name, Document keys) {
        return new IndexSpec(collection, name, keys, false, null);
    }

    public static IndexSpec unique(String collection, String name, Document keys) {
        return new IndexSpec(collection, name, keys, true, null);
    }

    /** Documents expire once the date in the single key field lies {@code seconds} in the past. */
    public static IndexSpec ttl(String collection, String name, String dateField, long seconds) {
        return new IndexSpec(collection, name, new Document(dateField, 1), false, seconds);
    }

    IndexOptions options() {
        IndexOptions options = new IndexOptions().name(name).unique(unique);
        if (expireAfterSeconds != null) {
            options.expireAfter(expireAfterSeconds, TimeUnit.SECONDS);
        }
        return options;
    }
}
