package dev.portside.adapters.mongo.user;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.facet;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Facet;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** The admin overview as one aggregation: a facet counting by status, one counting recent logins. */
@Singleton
@MongoAdapter
final class MongoUserStatistics implements UserStatistics {

    private final MongoStorage storage;

    MongoUserStatistics(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public UserStats summarize(Instant now) {
        Document result = storage.collection(UserDocuments.COLLECTION).aggregate(List.of(facet(
                new Facet("byStatus", group("$status", sum("count", 1))),
                new Facet("active", match(and(eq("status", UserStatus.ACTIVE.name()),
                        gte("lastLoginAt", Values.date(now.minus(ACTIVE_WINDOW))),
                        lte("lastLoginAt", Values.date(now)))), group(null, sum("count", 1)))))).first();
        Map<UserStatus, Long> counts = new EnumMap<>(UserStatus.class);
        for (Document line : result.getList("byStatus", Document.class)) {
            counts.put(UserStatus.valueOf(line.getString("_id")), count(line));
        }
        List<Document> active = result.getList("active", Document.class);
        return new UserStats(counts, active.isEmpty() ? 0 : count(active.get(0)));
    }

    private static long count(Document line) {
        return ((Number) line.get("count")).longValue();
    }
}
