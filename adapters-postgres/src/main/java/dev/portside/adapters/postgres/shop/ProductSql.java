package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.shared.Statements;
import static dev.portside.adapters.postgres.shop.ShopRows.PRODUCT_COLUMNS;

import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The product statements, each backed by an index of V4__shop.sql (ShopQueryPlansTest proves it). */
final class ProductSql {

    /** The unique constraint behind {@code sku_taken}. */
    static final String SKU_UNIQUE = "products_sku_unique";

    private ProductSql() {
    }

    static Query findById(ProductId id) {
        return Query.of("select " + PRODUCT_COLUMNS + " from products p where p.id = ?", id.value());
    }

    static Query findBySku(Sku sku) {
        return Query.of("select " + PRODUCT_COLUMNS + " from products p where p.sku = ?", sku.value());
    }

    /** Locks in ascending id order, the order every checkout locks in, so checkouts cannot deadlock. */
    static Query lockAllById(Collection<ProductId> ids) {
        UUID[] values = ids.stream().map(ProductId::value).distinct().toArray(UUID[]::new);
        return Query.of("select " + PRODUCT_COLUMNS + " from products p where p.id = any(?) order by p.id for update",
                (Object) values);
    }

    /** Inserts at version 1; an existing id inserts nothing (the caller reports a version conflict). */
    static Query insert(Product product) {
        return Query.of("""
                insert into products (id, sku, name, category, price, currency, stock, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (id) do nothing
                """,
                product.id().value(), product.sku().value(), product.name().value(), product.category().value(),
                product.price().amount(), product.price().currency().getCurrencyCode(), product.stock(),
                ShopRows.timestamp(product.createdAt()));
    }

    /** Updates only from the version the product was read at. */
    static Query update(Product product) {
        return Query.of("""
                update products
                   set sku = ?, name = ?, category = ?, price = ?, currency = ?, stock = ?, version = version + 1
                 where id = ? and version = ?
                """,
                product.sku().value(), product.name().value(), product.category().value(), product.price().amount(),
                product.price().currency().getCurrencyCode(), product.stock(), product.id().value(),
                product.version());
    }

    /** One page of matches, sorted by the requested field then id, both in the requested direction. */
    static Query searchPage(ProductSearch search, PageRequest<ProductSortField> page) {
        Query where = where(search);
        String direction = page.direction() == SortDirection.DESC ? "desc" : "asc";
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        return new Query("select " + PRODUCT_COLUMNS + " from products p" + where.sql()
                + " order by " + sortColumn(page.sortField()) + " " + direction + ", p.id " + direction
                + " limit ? offset ?", params);
    }

    static Query searchCount(ProductSearch search) {
        Query where = where(search);
        return new Query("select count(*) from products p" + where.sql(), where.params());
    }

    /**
     * The filter: text inside the name or the sku (trigram indexes on lower(name) and lower(sku)),
     * category equal ignoring case (index on lower(category)).
     */
    private static Query where(ProductSearch search) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        search.text().ifPresent(text -> {
            String pattern = "%" + Statements.escapeLike(text) + "%";
            conditions.add("(lower(p.name) like lower(?) or lower(p.sku) like lower(?))");
            params.add(pattern);
            params.add(pattern);
        });
        search.category().ifPresent(category -> {
            conditions.add("lower(p.category) = lower(?)");
            params.add(category.value());
        });
        return new Query(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** The index expressions of V4__shop.sql; names sort in binary order, as the domain compares strings. */
    private static String sortColumn(ProductSortField field) {
        return switch (field) {
            case NAME -> "p.name collate \"C\"";
            case PRICE -> "p.price";
            case CREATED_AT -> "p.created_at";
        };
    }
}
