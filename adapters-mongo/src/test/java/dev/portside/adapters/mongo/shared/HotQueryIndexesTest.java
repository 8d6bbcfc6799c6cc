package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.MongoCommandException;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.adapters.mongo.testsupport.TestMongo;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hot query's plan uses the index meant for it, by {@code explain}. The in-process test server
 * has no query planner, so there the test is skipped with that reason.
 */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotQueryIndexesTest implements OnTestMongo {

    @Inject
    MongoStorage storage;

    private boolean explainable;

    record HotQuery(String description, String collection, Document filter, Document sort, String expectedIndex) {

        @Override
        public String toString() {
            return description;
        }
    }

    static List<HotQuery> hotQueries() {
        UUID id = UUID.randomUUID();
        return List.of(
                new HotQuery("login by username", "users", new Document("usernameKey", "alice"), null,
                        "users_username_key_unique"),
                new HotQuery("lookup by email", "users", new Document("email", "a@b.test"), null, "users_email_unique"),
                new HotQuery("product by sku", "products", new Document("sku", "AB-1"), null, "products_sku_unique"),
                new HotQuery("published posts newest first", "posts", new Document("status", "PUBLISHED"),
                        new Document("publishedAt", -1).append("_id", -1), "posts_status_published_at"),
                new HotQuery("comments of a post", "comments", new Document("postId", id),
                        new Document("createdAt", 1).append("_id", 1), "comments_post_created_at"),
                new HotQuery("orders of a customer", "orders", new Document("customerId", id),
                        new Document("createdAt", -1).append("_id", -1), "orders_customer_created_at"),
                new HotQuery("accounts of an owner", "accounts", new Document("ownerId", id),
                        new Document("createdAt", 1).append("_id", 1), "accounts_owner_created_at"),
                new HotQuery("statement, outgoing side", "ledger", new Document("fromAccountId", id),
                        new Document("createdAt", -1).append("_id", -1), "ledger_from_created_at"),
                new HotQuery("statement, incoming side", "ledger", new Document("toAccountId", id),
                        new Document("createdAt", -1).append("_id", -1), "ledger_to_created_at"));
    }

    @BeforeAll
    void canExplain() {
        try {
            storage.database().runCommand(new Document("explain", new Document("find", "users"))
                    .append("verbosity", "queryPlanner"));
            explainable = true;
        } catch (MongoCommandException e) {
            explainable = false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hotQueries")
    void hot_query_uses_its_index(HotQuery query) {
        assumeTrue(explainable, TestMongo.server().source() + " has no query planner to explain; runs on a real MongoDB");
        Document find = new Document("find", query.collection()).append("filter", query.filter());
        if (query.sort() != null) {
            find.append("sort", query.sort());
        }
        Document plan = storage.database().runCommand(new Document("explain", find).append("verbosity", "queryPlanner"))
                .get("queryPlanner", Document.class).get("winningPlan", Document.class);

        List<String> stages = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        walk(plan, stages, indexes);
        assertThat(stages).as(query.description()).doesNotContain("COLLSCAN", "SORT");
        assertThat(indexes).as(query.description()).contains(query.expectedIndex());
    }

    private static void walk(Object node, List<String> stages, List<String> indexes) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            if (document.get("indexName") instanceof String index) {
                indexes.add(index);
            }
            document.values().forEach(value -> walk(value, stages, indexes));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> walk(value, stages, indexes));
        }
    }
}
