package dev.portside.application.shop;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Objects;

public final class GetProductService implements GetProduct {

    private final ProductRepository products;
    private final UnitOfWork unitOfWork;

    public GetProductService(ProductRepository products, UnitOfWork unitOfWork) {
        this.products = Objects.requireNonNull(products, "products");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Product get(GetProductQuery query) {
        return unitOfWork
                .read(() -> products.findById(query.productId()))
                .orElseThrow(() -> DomainException.notFound("product"));
    }
}
