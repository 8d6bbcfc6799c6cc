package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.MongoCommandException;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.adapters.mongo.testsupport.SentCommands;
import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hot query's plan uses the index meant for it: the port runs its query, the {@code find}
 * Micronaut Data sent is captured ({@link SentCommands}) and explained as it was sent. The in-process
 * test server has no query planner, so there only the capture is checked and the explain is skipped
 * with that reason.
 */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotQueryIndexesTest implements OnTestMongo {

    private static final UUID ID = UUID.randomUUID();

    @Inject
    MongoStorage storage;

    @Inject
    SentCommands sent;

    @Inject
    UserRepository users;

    @Inject
    ProductRepository products;

    @Inject
    PostCatalog posts;

    @Inject
    CommentCatalog comments;

    @Inject
    OrderRepository orders;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountStatements statements;

    private boolean explainable;

    record HotQuery(String description, String collection, Runnable query, List<String> expectedIndexes) {

        @Override
        public String toString() {
            return description;
        }
    }

    List<HotQuery> hotQueries() {
        return List.of(
                new HotQuery(
                        "login by username",
                        "users",
                        () -> users.findByUsername(new Username("alice")),
                        List.of("users_username_key_unique")),
                new HotQuery(
                        "lookup by email",
                        "users",
                        () -> users.findByEmail(new EmailAddress("a@b.test")),
                        List.of("users_email_unique")),
                new HotQuery(
                        "product by sku",
                        "products",
                        () -> products.findBySku(Sku.of("AB-1")),
                        List.of("products_sku_unique")),
                new HotQuery(
                        "published posts newest first",
                        "posts",
                        () -> posts.search(
                                PostSearch.everything(),
                                new PageRequest<>(0, 20, PostSortField.PUBLISHED_AT, SortDirection.DESC)),
                        List.of("posts_status_published_at")),
                new HotQuery(
                        "comments of a post",
                        "comments",
                        () -> comments.commentsOf(
                                new PostId(ID),
                                new PageRequest<>(0, 20, CommentSortField.CREATED_AT, SortDirection.ASC)),
                        List.of("comments_post_created_at")),
                new HotQuery(
                        "orders of a customer",
                        "orders",
                        () -> orders.search(
                                new OrderSearch(Optional.of(new UserId(ID)), Optional.empty()),
                                new PageRequest<>(0, 20, OrderSortField.CREATED_AT, SortDirection.DESC)),
                        List.of("orders_customer_created_at")),
                new HotQuery(
                        "accounts of an owner",
                        "accounts",
                        () -> accounts.findByOwner(new UserId(ID)),
                        List.of("accounts_owner_created_at")),
                new HotQuery(
                        "statement, both sides",
                        "ledger",
                        () -> statements.statement(new AccountId(ID), 20, Optional.empty()),
                        List.of("ledger_from_created_at", "ledger_to_created_at")));
    }

    @BeforeAll
    void canExplain() {
        try {
            storage.database()
                    .runCommand(
                            new Document("explain", new Document("find", "users")).append("verbosity", "queryPlanner"));
            explainable = true;
        } catch (MongoCommandException e) {
            explainable = false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hotQueries")
    void hot_query_uses_its_index(HotQuery query) {
        sent.clear();
        query.query().run();
        BsonDocument command = sent.firstQuery(query.collection())
                .orElseThrow(
                        () -> new AssertionError(query.description() + ": no query was sent to " + query.collection()));
        assumeTrue(
                explainable, TestMongo.server().source() + " has no query planner to explain; runs on a real MongoDB");

        BsonDocument asSent = new BsonDocument();
        for (String part :
                List.of("find", "aggregate", "filter", "sort", "projection", "skip", "limit", "pipeline", "cursor")) {
            if (command.containsKey(part)) {
                asSent.append(part, command.get(part));
            }
        }
        Document explained = storage.database()
                .runCommand(new BsonDocument("explain", asSent).append("verbosity", new BsonString("queryPlanner")));

        List<String> stages = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        winningPlans(explained).forEach(plan -> walk(plan, stages, indexes));
        assertThat(stages).as(query.description() + " (no winning plan found)").isNotEmpty();
        assertThat(stages).as(query.description()).doesNotContain("COLLSCAN", "SORT");
        assertThat(indexes).as(query.description()).containsAll(query.expectedIndexes());
    }

    /** The winning plans of a find's or an aggregation's explain output, wherever the stages nest them. */
    private static List<Document> winningPlans(Object node) {
        List<Document> plans = new ArrayList<>();
        if (node instanceof Document document) {
            document.forEach((key, value) -> {
                if (key.equals("winningPlan") && value instanceof Document plan) {
                    plans.add(plan);
                } else if (!key.equals("rejectedPlans")) {
                    plans.addAll(winningPlans(value));
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(value -> plans.addAll(winningPlans(value)));
        }
        return plans;
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
