package dev.portside.testkit.shop;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Products in memory. Units of work are serialised by the database lock, so the locking read only
 * has to return rows in the promised order.
 */
public final class InMemoryProductRepository implements ProductRepository {

    private final InMemoryDatabase database;
    private final InMemoryStore<ProductId, Product> products;

    public InMemoryProductRepository(InMemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.products = new InMemoryStore<>(database);
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return products.get(id);
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return products.all().stream().filter(p -> p.sku().equals(sku)).findFirst();
    }

    @Override
    public Product save(Product product) {
        return database.atomically(() -> {
            // a stored row is at version 1 or more, so this also refuses inserting an existing id
            long storedVersion =
                    products.get(product.id()).map(Product::version).orElse(0L);
            if (storedVersion != product.version()) {
                throw new VersionConflictException("product " + product.id());
            }
            findBySku(product.sku())
                    .filter(other -> !other.id().equals(product.id()))
                    .ifPresent(other -> {
                        throw new DomainException(ErrorCode.SKU_TAKEN, "sku " + product.sku() + " is taken");
                    });
            Product saved = product.withVersion(product.version() + 1);
            products.put(saved.id(), saved);
            return saved;
        });
    }

    @Override
    public List<Product> lockAllById(Collection<ProductId> ids) {
        return ids.stream()
                .distinct()
                .sorted()
                .map(products::get)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page) {
        List<Product> matching =
                products.all().stream().filter(p -> matches(p, search)).toList();
        return Pages.of(matching, comparator(page.sortField()), Comparator.comparing(Product::id), page);
    }

    private static boolean matches(Product product, ProductSearch search) {
        boolean text = search.text()
                .map(InMemoryProductRepository::fold)
                .map(t -> fold(product.name().value()).contains(t)
                        || fold(product.sku().value()).contains(t))
                .orElse(true);
        boolean category = search.category()
                .map(c -> c.matchesIgnoringCase(product.category()))
                .orElse(true);
        return text && category;
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Comparator<Product> comparator(ProductSortField field) {
        return switch (field) {
            case NAME -> Comparator.comparing(p -> p.name().value());
            case PRICE -> Comparator.comparing(p -> p.price().amount());
            case CREATED_AT -> Comparator.comparing(Product::createdAt);
        };
    }
}
