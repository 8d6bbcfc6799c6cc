package dev.portside.bootstrap.migration;

import jakarta.annotation.Nullable;

/**
 * What a migration copies, in an order that satisfies PostgreSQL's foreign keys (authors before
 * posts, posts before comments, products before the orders that name them, accounts before their
 * ledger entries). Each names its PostgreSQL table and its MongoDB collection; the two ledger kinds
 * share MongoDB's {@code ledger} collection.
 */
public enum Dataset {
    USERS("users", "users", null),
    POSTS("posts", "posts", null),
    COMMENTS("comments", "comments", null),
    PRODUCTS("products", "products", null),
    ORDERS("orders", "orders", null),
    ACCOUNTS("accounts", "accounts", null),
    DEPOSITS("deposits", "ledger", "deposit"),
    TRANSFERS("transfers", "ledger", "transfer");

    private final String table;
    private final String collection;
    private final @Nullable String ledgerKind;

    Dataset(String table, String collection, @Nullable String ledgerKind) {
        this.table = table;
        this.collection = collection;
        this.ledgerKind = ledgerKind;
    }

    public String label() {
        return table;
    }

    String table() {
        return table;
    }

    String collection() {
        return collection;
    }

    /** The {@code kind} of the ledger documents of this dataset, or null outside the ledger. */
    @Nullable
    String ledgerKind() {
        return ledgerKind;
    }
}
