package dev.portside.application.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

public record UpdateProductCommand(
        ProductId productId,
        Optional<ProductName> name,
        Optional<Category> category,
        Optional<Money> price,
        OptionalInt stock,
        OptionalLong expectedVersion) {

    public UpdateProductCommand {
        Required.field("id", productId);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        price.ifPresent(Product::requireValidPrice);
        stock.ifPresent(Product::requireValidStock);
    }

    /** A command that changes nothing yet; the with-methods add the parts the client sent. */
    public static UpdateProductCommand of(ProductId productId) {
        return new UpdateProductCommand(productId, Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalLong.empty());
    }

    public UpdateProductCommand withName(ProductName value) {
        return new UpdateProductCommand(productId, Optional.of(value), category, price, stock, expectedVersion);
    }

    public UpdateProductCommand withCategory(Category value) {
        return new UpdateProductCommand(productId, name, Optional.of(value), price, stock, expectedVersion);
    }

    public UpdateProductCommand withPrice(Money value) {
        return new UpdateProductCommand(productId, name, category, Optional.of(value), stock, expectedVersion);
    }

    public UpdateProductCommand withStock(int value) {
        return new UpdateProductCommand(productId, name, category, price, OptionalInt.of(value), expectedVersion);
    }

    public UpdateProductCommand expectingVersion(long value) {
        return new UpdateProductCommand(productId, name, category, price, stock, OptionalLong.of(value));
    }
}
