package dev.portside.application.shop;

import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Quantity;

/** One requested line of an order: which product and how many. */
public record OrderLine(ProductId productId, Quantity quantity) {

    public OrderLine {
        Required.field("productId", productId);
        Required.field("quantity", quantity);
    }

    public static OrderLine of(ProductId productId, int quantity) {
        return new OrderLine(productId, Quantity.of(quantity));
    }
}
