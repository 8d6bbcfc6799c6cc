package dev.portside.adapters.redis.shop;

import dev.portside.adapters.redis.shared.CacheKeys;
import dev.portside.adapters.redis.shared.EntityCache;
import dev.portside.adapters.redis.shared.RedisCaches;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Caches products by id and sku in front of the storage adapter. {@link #lockAllById} always goes to
 * storage: a locking read exists to see and hold the current row (stock is decided on it), which a
 * cache cannot give. Searches are not cached (no way to evict exactly the pages a write changes).
 */
public final class CachingProductRepository implements ProductRepository {

    public static final String CACHE = "product";

    private final ProductRepository storage;
    private final CacheKeys keys;
    private final EntityCache<Product> cache;

    public CachingProductRepository(ProductRepository storage, UnitOfWork unitOfWork, RedisCaches caches) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keys = caches.keys(CACHE);
        this.cache = new EntityCache<>(
                caches.store(CACHE),
                caches.codec(CachedProduct.class, CachedProduct::of, CachedProduct::toProduct),
                unitOfWork,
                caches.settings().productTtl(),
                product -> keys.id(product.id().value()),
                product -> List.of(skuKey(product.sku())),
                Product::version);
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return cache.findById(keys.id(id.value()), () -> storage.findById(id));
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return cache.findByUniqueKey(skuKey(sku), product -> product.sku().equals(sku), () -> storage.findBySku(sku));
    }

    @Override
    public Product save(Product product) {
        return cache.save(product, storage::save);
    }

    @Override
    public List<Product> lockAllById(Collection<ProductId> ids) {
        return storage.lockAllById(ids);
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page) {
        return storage.search(search, page);
    }

    private String skuKey(Sku sku) {
        return keys.unique("sku", sku.value());
    }
}
