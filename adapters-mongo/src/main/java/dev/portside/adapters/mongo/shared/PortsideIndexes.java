package dev.portside.adapters.mongo.shared;

import java.util.List;
import org.bson.Document;

/**
 * Every index version of the service, in order. Append, never edit: a deployed database records which
 * versions it has applied in {@code schema_versions}. Each index names the query it serves.
 */
public final class PortsideIndexes {

    private PortsideIndexes() {}

    public static List<IndexVersion> versions() {
        return List.of(IndexVersion.creating(
                1,
                "indexes of the first release",
                List.of(
                        // users: unique ignoring case through the stored lower-case forms, then the admin search sorts
                        IndexSpec.unique("users", "users_username_key_unique", new Document("usernameKey", 1)),
                        IndexSpec.unique("users", "users_email_unique", new Document("email", 1)),
                        IndexSpec.on("users", "users_created_at", new Document("createdAt", 1).append("_id", 1)),
                        IndexSpec.on(
                                "users", "users_status_last_login", new Document("status", 1).append("lastLoginAt", 1)),
                        // blog: the public listing (published, newest first), an author's posts, statistics
                        IndexSpec.on(
                                "posts",
                                "posts_status_published_at",
                                new Document("status", 1)
                                        .append("publishedAt", -1)
                                        .append("_id", -1)),
                        IndexSpec.on(
                                "posts",
                                "posts_author_created_at",
                                new Document("authorId", 1).append("createdAt", -1)),
                        IndexSpec.on("posts", "posts_tags", new Document("tags", 1)),
                        IndexSpec.on("posts", "posts_created_at", new Document("createdAt", 1)),
                        // comments of a post, in listing order
                        IndexSpec.on(
                                "comments",
                                "comments_post_created_at",
                                new Document("postId", 1).append("createdAt", 1).append("_id", 1)),
                        // shop
                        IndexSpec.unique("products", "products_sku_unique", new Document("sku", 1)),
                        IndexSpec.on("products", "products_category_key", new Document("categoryKey", 1)),
                        IndexSpec.on(
                                "orders",
                                "orders_customer_created_at",
                                new Document("customerId", 1)
                                        .append("createdAt", -1)
                                        .append("_id", -1)),
                        IndexSpec.on(
                                "orders",
                                "orders_status_created_at",
                                new Document("status", 1)
                                        .append("createdAt", -1)
                                        .append("_id", -1)),
                        // the reports select a period of creation times
                        IndexSpec.on("orders", "orders_created_at", new Document("createdAt", 1)),
                        // bank: an owner's accounts, statements from either side, ledger balances
                        IndexSpec.on(
                                "accounts",
                                "accounts_owner_created_at",
                                new Document("ownerId", 1)
                                        .append("createdAt", 1)
                                        .append("_id", 1)),
                        IndexSpec.on(
                                "ledger",
                                "ledger_from_created_at",
                                new Document("fromAccountId", 1)
                                        .append("createdAt", -1)
                                        .append("_id", -1)),
                        IndexSpec.on(
                                "ledger",
                                "ledger_to_created_at",
                                new Document("toAccountId", 1)
                                        .append("createdAt", -1)
                                        .append("_id", -1)),
                        IndexSpec.on("ledger", "ledger_account", new Document("accountId", 1)),
                        // idempotency records vanish on their own once expired
                        IndexSpec.ttl("idempotency_records", "idempotency_expires_at", "expiresAt", 0))));
    }
}
