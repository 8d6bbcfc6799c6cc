package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products in PostgreSQL, in the caller's unit of work, with optimistic locking. */
@Singleton
@PostgresAdapter
final class PostgresProductRepository implements ProductRepository {

    /** The unique constraint behind {@code sku_taken}. */
    private static final String SKU_UNIQUE = "products_sku_unique";

    private final ProductRows rows;
    private final ProductRowMapper mapper;

    PostgresProductRepository(ProductRows rows, ProductRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return rows.findById(id.value()).map(mapper::toProduct);
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return rows.findBySku(sku.value()).map(mapper::toProduct);
    }

    @Override
    public Product save(Product product) {
        ProductRow row = mapper.toRow(product);
        int written;
        try {
            written = product.version() == 0
                    ? rows.insert(
                            row.id(),
                            row.sku(),
                            row.name(),
                            row.category(),
                            row.price(),
                            row.currency(),
                            row.stock(),
                            row.createdAt())
                    : rows.update(
                            row.id(),
                            row.version(),
                            row.sku(),
                            row.name(),
                            row.category(),
                            row.price(),
                            row.currency(),
                            row.stock());
        } catch (DataAccessException e) {
            if (SqlStates.violatedConstraint(e, SqlStates.UNIQUE_VIOLATION)
                    .filter(SKU_UNIQUE::equals)
                    .isPresent()) {
                throw new DomainException(ErrorCode.SKU_TAKEN, "sku " + product.sku() + " is taken");
            }
            throw e;
        }
        if (written != 1) {
            // insert: the id exists already; update: someone saved in between, or the product is gone
            throw new VersionConflictException("product " + product.id());
        }
        return product.withVersion(product.version() + 1);
    }

    /** Refused outside a unit of work (see {@link ProductRows#lockAllById}). */
    @Override
    public List<Product> lockAllById(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = ids.stream().map(ProductId::value).distinct().toList();
        return rows.lockAllById(distinct).stream().map(mapper::toProduct).toList();
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page) {
        // user text is matched literally: LIKE's pattern characters are escaped (backslash is its default escape)
        String text = search.text()
                .map(t -> "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .orElse(null);
        String category = search.category().map(Category::value).orElse(null);
        boolean asc = page.direction() == SortDirection.ASC;
        int limit = page.size();
        long offset = page.offset();
        List<ProductRow> found = switch (page.sortField()) {
            case NAME ->
                asc
                        ? rows.searchByNameAsc(text, category, limit, offset)
                        : rows.searchByNameDesc(text, category, limit, offset);
            case PRICE ->
                asc
                        ? rows.searchByPriceAsc(text, category, limit, offset)
                        : rows.searchByPriceDesc(text, category, limit, offset);
            case CREATED_AT ->
                asc
                        ? rows.searchByCreatedAtAsc(text, category, limit, offset)
                        : rows.searchByCreatedAtDesc(text, category, limit, offset);
        };
        long total = rows.countMatching(text, category);
        return new Page<>(found.stream().map(mapper::toProduct).toList(), page.page(), page.size(), total);
    }
}
