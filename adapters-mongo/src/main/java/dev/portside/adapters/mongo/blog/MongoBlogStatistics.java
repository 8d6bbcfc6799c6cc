package dev.portside.adapters.mongo.blog;

import static com.mongodb.client.model.Accumulators.max;
import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.lookup;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/** Blog statistics as aggregation pipelines over {@code posts}, joined to {@code users} for names. */
@Singleton
@MongoAdapter
final class MongoBlogStatistics implements BlogStatistics {

    private final MongoStorage storage;

    MongoBlogStatistics(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public List<AuthorPostStats> postsPerAuthor() {
        Document isPublished = new Document("$cond", List.of(
                new Document("$eq", List.of("$status", PostStatus.PUBLISHED.name())), 1, 0));
        List<AuthorPostStats> lines = new ArrayList<>();
        storage.collection(PostDocuments.COLLECTION).aggregate(List.of(
                        group("$authorId", sum("total", 1), sum("published", isPublished), max("lastPostAt", "$createdAt")),
                        sort(orderBy(descending("lastPostAt"), ascending("_id"))),
                        lookup("users", "_id", "_id", "user")))
                .forEach(line -> lines.add(toStats(line)));
        return lines;
    }

    private static AuthorPostStats toStats(Document line) {
        UUID authorId = line.get("_id", UUID.class);
        List<Document> user = line.getList("user", Document.class);
        if (user.isEmpty()) {
            throw new IllegalStateException("posts of author " + authorId + " who is no user");
        }
        return new AuthorPostStats(new AuthorRef(new UserId(authorId), user.get(0).getString("username")),
                ((Number) line.get("total")).longValue(), ((Number) line.get("published")).longValue(),
                Values.instant(line, "lastPostAt"));
    }

    @Override
    public long authorsActiveSince(Instant since) {
        Document result = storage.collection(PostDocuments.COLLECTION).aggregate(List.of(
                match(gte("createdAt", Values.date(since))),
                group("$authorId"),
                group(null, sum("authors", 1)))).first();
        return result == null ? 0 : ((Number) result.get("authors")).longValue();
    }
}
