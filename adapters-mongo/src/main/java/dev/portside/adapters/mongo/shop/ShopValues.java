package dev.portside.adapters.mongo.shop;

import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.shop.Sku;

/** The shop's value objects as document fields, shared by the product and order mappers. */
final class ShopValues {

    private ShopValues() {
    }

    static String sku(Sku sku) {
        return sku.value();
    }

    static Sku sku(String sku) {
        return Sku.of(sku);
    }

    static String name(ProductName name) {
        return name.value();
    }

    static ProductName name(String name) {
        return ProductName.of(name);
    }

    static String category(Category category) {
        return category.value();
    }

    static Category category(String category) {
        return Category.of(category);
    }

    static int quantity(Quantity quantity) {
        return quantity.value();
    }

    static Quantity quantity(int quantity) {
        return Quantity.of(quantity);
    }
}
