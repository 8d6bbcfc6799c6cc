package dev.portside.adapters.mongo.shared;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/**
 * MongoDB has no {@code SELECT ... FOR UPDATE}. Inside a transaction the next best thing is a write:
 * bumping a lock counter on each document makes every other transaction that touches (or has read
 * and then writes) one of them fail with a write conflict right away, which the unit of work retries,
 * so two concurrent transfers can never both act on the same balances. The documents come back in
 * ascending {@code _id} order: BSON compares subtype-4 UUIDs byte by byte, i.e. unsigned, most
 * significant half first, the order the ports promise.
 */
public final class LockingReads {

    public static final String LOCK_COUNTER = "lockCounter";

    private LockingReads() {
    }

    public static List<Document> lockAll(BoundCollection collection, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> distinct = Set.copyOf(ids);
        collection.updateMany(in("_id", distinct), Updates.inc(LOCK_COUNTER, 1L));
        List<Document> locked = new ArrayList<>();
        collection.find(in("_id", distinct)).sort(Sorts.ascending("_id")).forEach(locked::add);
        return locked;
    }
}
