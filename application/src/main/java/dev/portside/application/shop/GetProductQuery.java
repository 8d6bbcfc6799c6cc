package dev.portside.application.shop;

import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.ProductId;

public record GetProductQuery(ProductId productId) {

    public GetProductQuery {
        new Validation().required("id", productId).done();
    }
}
