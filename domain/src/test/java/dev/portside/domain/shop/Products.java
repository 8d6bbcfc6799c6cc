package dev.portside.domain.shop;

import dev.portside.domain.shared.Money;
import java.time.Instant;

/** Small factories for domain tests (the testkit mothers are not visible from the domain module). */
final class Products {

    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private Products() {}

    static Product product(String price, String currency, int stock) {
        return Product.create(
                Sku.of("SKU-" + ProductId.newId().value().toString().substring(24)),
                ProductName.of("Mug"),
                Category.of("Kitchen"),
                Money.of(price, currency),
                stock,
                NOW);
    }

    static Product product(int stock) {
        return product("10.00", "EUR", stock);
    }

    static OrderItem line(Product product, int quantity) {
        return OrderItem.snapshotOf(product, Quantity.of(quantity));
    }
}
