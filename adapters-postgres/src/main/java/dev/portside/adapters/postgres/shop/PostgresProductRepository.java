package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.shared.SqlStates;
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
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Products in PostgreSQL. Statements join the caller's unit of work (or run in their own transaction
 * outside one); the locking read requires a unit of work, since a lock outside one ends at once.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresProductRepository implements ProductRepository {

    private static final TransactionDefinition INSIDE_UNIT_OF_WORK =
            TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);

    private final TransactionOperations<Connection> transactions;

    PostgresProductRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return first(ProductSql.findById(id));
    }

    @Override
    public Optional<Product> findBySku(Sku sku) {
        return first(ProductSql.findBySku(sku));
    }

    @Override
    public Product save(Product product) {
        Query write = product.version() == 0 ? ProductSql.insert(product) : ProductSql.update(product);
        int written;
        try {
            written = inTransaction(write::update);
        } catch (DataAccessException e) {
            if (SqlStates.violatedConstraint(e, SqlStates.UNIQUE_VIOLATION).filter(ProductSql.SKU_UNIQUE::equals)
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

    @Override
    public List<Product> lockAllById(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return transactions.execute(INSIDE_UNIT_OF_WORK,
                status -> ProductSql.lockAllById(ids).list(status.getConnection(), ShopRows::product));
    }

    @Override
    public Page<Product> search(ProductSearch search, PageRequest<ProductSortField> page) {
        return inTransaction(connection -> {
            List<Product> items = ProductSql.searchPage(search, page).list(connection, ShopRows::product);
            long total = ProductSql.searchCount(search).count(connection);
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private Optional<Product> first(Query query) {
        return inTransaction(connection -> query.list(connection, ShopRows::product).stream().findFirst());
    }

    private <T> T inTransaction(Function<Connection, T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> work.apply(status.getConnection()));
    }
}
