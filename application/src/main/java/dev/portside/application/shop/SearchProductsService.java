package dev.portside.application.shop;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Objects;

public final class SearchProductsService implements SearchProducts {

    private final ProductRepository products;
    private final UnitOfWork unitOfWork;

    public SearchProductsService(ProductRepository products, UnitOfWork unitOfWork) {
        this.products = Objects.requireNonNull(products, "products");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Page<Product> search(SearchProductsQuery query) {
        return unitOfWork.read(() -> products.search(query.criteria(), query.page()));
    }
}
