package dev.portside.application.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;

public record CreateProductCommand(Sku sku, ProductName name, Category category, Money price, int stock) {

    public CreateProductCommand {
        Required.field("sku", sku);
        Required.field("name", name);
        Required.field("category", category);
        Product.requireValidPrice(price);
        Product.requireValidStock(stock);
    }
}
