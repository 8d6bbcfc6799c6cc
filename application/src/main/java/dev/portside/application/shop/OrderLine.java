package dev.portside.application.shop;

import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Quantity;

/** One requested line of an order: which product and how many. */
public record OrderLine(ProductId productId, Quantity quantity) {

    public OrderLine {
        new Validation()
                .required("productId", productId)
                .required("quantity", quantity)
                .done();
    }

    public static OrderLine of(ProductId productId, int quantity) {
        return new OrderLine(productId, Quantity.of(quantity));
    }
}
