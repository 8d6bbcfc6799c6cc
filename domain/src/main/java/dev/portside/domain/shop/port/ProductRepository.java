package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where products live. The contract is {@code dev.portside.testkit.shop.ProductRepositoryContract}. */
public interface ProductRepository {

    Optional<Product> findById(ProductId id);

    /** Skus are stored upper case (see {@link Sku}), so this is an exact match. */
    Optional<Product> findBySku(Sku sku);

    /**
     * Inserts a product at version 0, otherwise updates it if the stored version still equals
     * {@code product.version()}. Returns the product at its new version.
     *
     * @throws dev.portside.domain.shared.VersionConflictException when the stored version differs
     *         (or the product to update does not exist)
     * @throws dev.portside.domain.shared.DomainException {@code sku_taken} when another product has the sku
     */
    Product save(Product product);

    /**
     * Locks the products with these ids until the unit of work ends and returns their current state,
     * in ascending id order (the order every caller locks in, so two orders cannot deadlock).
     * Unknown ids are left out; duplicates are returned once. Must run inside a unit of work.
     */
    List<Product> lockAllById(Collection<ProductId> ids);

    /** Products matching {@code search}, sorted by the page's field and direction, ties by id. */
    Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page);
}
