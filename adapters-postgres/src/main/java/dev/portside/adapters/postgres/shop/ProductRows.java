package dev.portside.adapters.postgres.shop;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code products} table, each statement backed by an index of V4__shop.sql (ShopQueryPlansTest
 * explains what these methods send). Searches are one statement per whitelisted sort, so each reads
 * its own index in order; an absent filter is a null parameter, folded away when PostgreSQL plans
 * the statement with its values.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRows extends GenericRepository<ProductRow, UUID> {

    String COLUMNS = "select p.id, p.sku, p.name, p.category, p.price, p.currency, p.stock, p.created_at, p.version"
            + " from products p";

    /**
     * Text inside the name or the sku (trigram indexes on lower(name) and lower(sku)), category equal
     * ignoring case (index on lower(category)). The text is an escaped {@code %text%} pattern.
     */
    String FILTER = """
             where (cast(:text as text) is null or lower(p.name) like lower(:text) or lower(p.sku) like lower(:text))
               and (cast(:category as text) is null or lower(p.category) = lower(:category))
            """;

    String PAGE = " limit :limit offset :offset";

    Optional<ProductRow> findById(UUID id);

    Optional<ProductRow> findBySku(String sku);

    /**
     * Locks in ascending id order, the order every checkout locks in, so checkouts cannot deadlock.
     * Only inside a unit of work: a lock taken outside one would end with its own statement.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    @Query(COLUMNS + " where p.id in (:ids) order by p.id for update")
    List<ProductRow> lockAllById(List<UUID> ids);

    /** Inserts at version 1; an existing id inserts nothing (0 rows: the caller reports a version conflict). */
    @Query("""
            insert into products (id, sku, name, category, price, currency, stock, created_at, version)
            values (:id, :sku, :name, :category, :price, :currency, :stock, :createdAt, 1)
            on conflict (id) do nothing
            """)
    int insert(
            UUID id,
            String sku,
            String name,
            String category,
            BigDecimal price,
            String currency,
            int stock,
            Instant createdAt);

    /** Updates only from the version the product was read at (0 rows: someone saved in between, or it is gone). */
    @Query("""
            update products
               set sku = :sku, name = :name, category = :category, price = :price, currency = :currency,
                   stock = :stock, version = version + 1
             where id = :id and version = :version
            """)
    int update(
            UUID id,
            long version,
            String sku,
            String name,
            String category,
            BigDecimal price,
            String currency,
            int stock);

    /** Names sort in binary order, as the domain compares strings (index products_name_order). */
    @Query(COLUMNS + FILTER + " order by p.name collate \"C\" asc, p.id asc" + PAGE)
    List<ProductRow> searchByNameAsc(@Nullable String text, @Nullable String category, int limit, long offset);

    @Query(COLUMNS + FILTER + " order by p.name collate \"C\" desc, p.id desc" + PAGE)
    List<ProductRow> searchByNameDesc(@Nullable String text, @Nullable String category, int limit, long offset);

    @Query(COLUMNS + FILTER + " order by p.price asc, p.id asc" + PAGE)
    List<ProductRow> searchByPriceAsc(@Nullable String text, @Nullable String category, int limit, long offset);

    @Query(COLUMNS + FILTER + " order by p.price desc, p.id desc" + PAGE)
    List<ProductRow> searchByPriceDesc(@Nullable String text, @Nullable String category, int limit, long offset);

    @Query(COLUMNS + FILTER + " order by p.created_at asc, p.id asc" + PAGE)
    List<ProductRow> searchByCreatedAtAsc(@Nullable String text, @Nullable String category, int limit, long offset);

    @Query(COLUMNS + FILTER + " order by p.created_at desc, p.id desc" + PAGE)
    List<ProductRow> searchByCreatedAtDesc(@Nullable String text, @Nullable String category, int limit, long offset);

    @Query("select count(*) from products p" + FILTER)
    long countMatching(@Nullable String text, @Nullable String category);
}
