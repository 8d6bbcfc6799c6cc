package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;

public record CreateProductCommand(Actor actor, Sku sku, ProductName name, Category category, Money price, int stock) {

    public CreateProductCommand {
        new Validation()
                .required("actor", actor)
                .required("sku", sku)
                .required("name", name)
                .required("category", category)
                .required("price", price, Product::requireValidPrice)
                .run(() -> Product.requireValidStock(stock))
                .done();
    }
}
