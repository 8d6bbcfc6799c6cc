package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

public record UpdateProductCommand(
        Actor actor,
        ProductId productId,
        Optional<ProductName> name,
        Optional<Category> category,
        Optional<Money> price,
        OptionalInt stock,
        OptionalLong expectedVersion) {

    public UpdateProductCommand {
        new Validation()
                .required("actor", actor)
                .required("id", productId)
                .required("name", name)
                .required("category", category)
                .required("price", price, given -> given.ifPresent(Product::requireValidPrice))
                .required("stock", stock, given -> given.ifPresent(Product::requireValidStock))
                .required("expectedVersion", expectedVersion)
                .done();
    }

    /** A command that changes nothing yet; the with-methods add the parts the client sent. */
    public static UpdateProductCommand of(Actor actor, ProductId productId) {
        return new UpdateProductCommand(
                actor,
                productId,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalLong.empty());
    }

    public UpdateProductCommand withName(ProductName value) {
        return new UpdateProductCommand(actor, productId, Optional.of(value), category, price, stock, expectedVersion);
    }

    public UpdateProductCommand withCategory(Category value) {
        return new UpdateProductCommand(actor, productId, name, Optional.of(value), price, stock, expectedVersion);
    }

    public UpdateProductCommand withPrice(Money value) {
        return new UpdateProductCommand(actor, productId, name, category, Optional.of(value), stock, expectedVersion);
    }

    public UpdateProductCommand withStock(int value) {
        return new UpdateProductCommand(
                actor, productId, name, category, price, OptionalInt.of(value), expectedVersion);
    }

    public UpdateProductCommand expectingVersion(long value) {
        return new UpdateProductCommand(actor, productId, name, category, price, stock, OptionalLong.of(value));
    }
}
