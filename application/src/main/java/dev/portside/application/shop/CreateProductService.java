package dev.portside.application.shop;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Objects;

public final class CreateProductService implements CreateProduct {

    private final ProductRepository products;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreateProductService(ProductRepository products, UnitOfWork unitOfWork, Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Product create(CreateProductCommand command) {
        Admins.require(command.actor());
        // the repository refuses a taken sku with sku_taken; checking first would race anyway
        return unitOfWork.execute(() -> products.save(Product.create(
                command.sku(), command.name(), command.category(), command.price(), command.stock(), clock.now())));
    }
}
