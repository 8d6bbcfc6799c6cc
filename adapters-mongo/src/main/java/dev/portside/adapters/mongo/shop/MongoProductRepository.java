package dev.portside.adapters.mongo.shop;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.LockingReads;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.Values;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

@Singleton
@MongoAdapter
final class MongoProductRepository implements ProductRepository {

    private final MongoStorage storage;

    MongoProductRepository(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection products() {
        return storage.collection(ProductDocuments.COLLECTION);
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return Optional.ofNullable(products().findFirst(eq("_id", id.value()))).map(ProductDocuments::toProduct);
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return Optional.ofNullable(products().findFirst(eq("sku", sku.value()))).map(ProductDocuments::toProduct);
    }

    @Override
    public Product save(Product product) {
        long version = VersionedDocuments.save(products(), product.id().value(), product.version(),
                ProductDocuments.toDocument(product), "product " + product.id(), failure -> {
                    if (MongoFailures.isDuplicateKey(failure, ProductDocuments.SKU_INDEX)) {
                        return new DomainException(ErrorCode.SKU_TAKEN, "sku " + product.sku() + " is taken");
                    }
                    return failure;
                });
        return product.withVersion(version);
    }

    @Override
    public List<Product> lockAllById(Collection<ProductId> ids) {
        return LockingReads.lockAll(products(), ids.stream().map(ProductId::value).toList()).stream()
                .map(ProductDocuments::toProduct).toList();
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page) {
        List<Bson> filters = new ArrayList<>();
        search.text().ifPresent(text -> {
            String pattern = Values.literalPattern(text);
            filters.add(or(regex("name", pattern, "i"), regex("sku", pattern, "i")));
        });
        search.category().ifPresent(category -> filters.add(eq("categoryKey", ProductDocuments.categoryKey(category))));
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        return Paging.page(products(), filter, sortField(page.sortField()), page, ProductDocuments::toProduct);
    }

    private static String sortField(ProductSortField field) {
        return switch (field) {
            case NAME -> "name";
            case PRICE -> "price.amount";
            case CREATED_AT -> "createdAt";
        };
    }
}
