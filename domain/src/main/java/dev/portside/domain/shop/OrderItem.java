package dev.portside.domain.shop;

import dev.portside.domain.shared.Money;
import java.util.Objects;

/**
 * One order line: a snapshot of the product as it was sold (sku, name, category, unit price), so that
 * later edits to the product never rewrite an order or the sales reports built from it. The category
 * is part of the snapshot for the revenue-by-category report, although the API does not show it.
 */
public record OrderItem(
        ProductId productId, Sku sku, ProductName name, Category category, Quantity quantity, Money unitPrice) {

    public OrderItem {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    public static OrderItem snapshotOf(Product product, Quantity quantity) {
        return new OrderItem(
                product.id(), product.sku(), product.name(), product.category(), quantity, product.price());
    }

    public Money lineTotal() {
        return unitPrice.times(quantity.value());
    }
}
