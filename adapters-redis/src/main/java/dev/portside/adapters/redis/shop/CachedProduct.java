package dev.portside.adapters.redis.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A product as the cache stores it; the price as its plain decimal text, so no digit or scale is lost.
 * Empty strings are written (Micronaut Serialization leaves them out by default).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CachedProduct(
        UUID id,
        String sku,
        String name,
        String category,
        String price,
        String currency,
        int stock,
        Instant createdAt,
        long version) {

    static CachedProduct of(Product product) {
        return new CachedProduct(
                product.id().value(),
                product.sku().value(),
                product.name().value(),
                product.category().value(),
                product.price().amountText(),
                product.price().currency().getCurrencyCode(),
                product.stock(),
                product.createdAt(),
                product.version());
    }

    Product toProduct() {
        return new Product(
                new ProductId(id),
                new Sku(sku),
                new ProductName(name),
                new Category(category),
                new Money(new BigDecimal(price), Currency.getInstance(currency)),
                stock,
                createdAt,
                version);
    }
}
