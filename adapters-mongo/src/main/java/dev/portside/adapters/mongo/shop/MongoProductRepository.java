package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
@MongoAdapter
final class MongoProductRepository implements ProductRepository {

    private final ProductDocuments products;
    private final ProductDocumentMapper mapper;

    MongoProductRepository(ProductDocuments products, ProductDocumentMapper mapper) {
        this.products = products;
        this.mapper = mapper;
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return products.findById(id.value()).map(mapper::toProduct);
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return products.findBySku(sku.value()).map(mapper::toProduct);
    }

    @Override
    public Product save(Product product) {
        ProductDocument stored = VersionedDocuments.save(
                product.version(),
                mapper.toDocument(product),
                products::save,
                products::update,
                "product " + product.id(),
                failure -> {
                    if (MongoFailures.isDuplicateKey(failure, ProductDocument.SKU_INDEX)) {
                        return new DomainException(ErrorCode.SKU_TAKEN, "sku " + product.sku() + " is taken");
                    }
                    return failure;
                });
        return mapper.toProduct(stored);
    }

    /** See {@link ProductDocuments#lock}: a concurrent checkout touching these products conflicts at once. */
    @Override
    public List<Product> lockAllById(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> distinct = Set.copyOf(ids.stream().map(ProductId::value).toList());
        products.lock(distinct);
        return products.findAllByIdOrdered(distinct).stream()
                .map(mapper::toProduct)
                .toList();
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page) {
        return Paging.page(
                products.findAll(
                        ProductSpecifications.matching(search), Paging.pageable(page, sortField(page.sortField()))),
                page,
                mapper::toProduct);
    }

    private static String sortField(ProductSortField field) {
        return switch (field) {
            case NAME -> "name";
            case PRICE -> "price.amount";
            case CREATED_AT -> "createdAt";
        };
    }
}
