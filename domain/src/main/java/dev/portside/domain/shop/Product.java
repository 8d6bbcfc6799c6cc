package dev.portside.domain.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A product for sale. Immutable: every change returns a new instance with the same version, and the
 * repository bumps the version when it saves. Stock can never become negative: {@link #reserve}
 * refuses with {@link InsufficientStockException} instead.
 */
public record Product(
        ProductId id,
        Sku sku,
        ProductName name,
        Category category,
        Money price,
        int stock,
        Instant createdAt,
        long version) {

    /** The highest price a product may have, in the currency's major unit. */
    public static final java.math.BigDecimal MAX_PRICE = new java.math.BigDecimal("1000000000");

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        if (sku == null) {
            throw new ValidationException("sku", "is required");
        }
        if (name == null) {
            throw new ValidationException("name", "is required");
        }
        if (category == null) {
            throw new ValidationException("category", "is required");
        }
        requireValidPrice(price);
        requireValidStock(stock);
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    /**
     * A new, never saved product (version 0). The creation time is cut to milliseconds, the finest
     * precision every backend keeps, so a product reads back exactly as it was returned.
     */
    public static Product create(Sku sku, ProductName name, Category category, Money price, int stock, Instant now) {
        return new Product(ProductId.newId(), sku, name, category, price, stock, now.truncatedTo(ChronoUnit.MILLIS), 0);
    }

    /** Takes units out of stock for an order; refuses rather than going below zero. */
    public Product reserve(Quantity quantity) {
        if (quantity.value() > stock) {
            throw new InsufficientStockException(id, sku, quantity.value(), stock);
        }
        return withStock(stock - quantity.value());
    }

    /** Puts units back, e.g. when an order is cancelled. */
    public Product release(Quantity quantity) {
        if (stock > Integer.MAX_VALUE - quantity.value()) {
            throw new ValidationException("stock", "would exceed " + Integer.MAX_VALUE);
        }
        return withStock(stock + quantity.value());
    }

    public Product rename(ProductName newName) {
        return new Product(id, sku, newName, category, price, stock, createdAt, version);
    }

    public Product recategorize(Category newCategory) {
        return new Product(id, sku, name, newCategory, price, stock, createdAt, version);
    }

    public Product reprice(Money newPrice) {
        return new Product(id, sku, name, category, newPrice, stock, createdAt, version);
    }

    /** Sets the stock level after a count or a delivery (an absolute value, not a delta). */
    public Product restock(int newStock) {
        return withStock(newStock);
    }

    /** For repositories: the same product as stored at {@code newVersion}. */
    public Product withVersion(long newVersion) {
        return new Product(id, sku, name, category, price, stock, createdAt, newVersion);
    }

    private Product withStock(int newStock) {
        return new Product(id, sku, name, category, price, newStock, createdAt, version);
    }

    /** The price rule, for commands that want to refuse early: present and positive. */
    public static void requireValidPrice(Money price) {
        if (price == null) {
            throw new ValidationException("price", "is required");
        }
        if (!price.isPositive()) {
            throw new ValidationException("price", "must be positive");
        }
        // a line is price x quantity (at most 1000) and an order has at most 50 lines: keeps every
        // total far inside what every backend stores (numeric(19,4))
        if (price.amount().compareTo(MAX_PRICE) > 0) {
            throw new ValidationException("price", "must be at most " + MAX_PRICE.toPlainString());
        }
    }

    /** The stock rule, for commands that want to refuse early: 0 or more. */
    public static void requireValidStock(int stock) {
        if (stock < 0) {
            throw new ValidationException("stock", "must be 0 or more");
        }
    }
}
