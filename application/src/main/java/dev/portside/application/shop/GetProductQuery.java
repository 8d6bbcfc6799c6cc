package dev.portside.application.shop;

import dev.portside.domain.shop.ProductId;

public record GetProductQuery(ProductId productId) {

    public GetProductQuery {
        Required.field("id", productId);
    }
}
