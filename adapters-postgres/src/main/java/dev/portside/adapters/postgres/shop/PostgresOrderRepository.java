package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Orders and their lines in PostgreSQL. Lines are written once with the order (they never change)
 * and read with it in the same statement, for a single order as for a page of them.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresOrderRepository implements OrderRepository {

    private final TransactionOperations<Connection> transactions;

    PostgresOrderRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return inTransaction(connection -> ShopRows.orders(OrderSql.findById(id)
                .list(connection, ShopRows.OrderRow::of)).stream().findFirst());
    }

    @Override
    public Order save(Order order) {
        boolean written = inTransaction(connection -> {
            if (order.version() != 0) {
                return OrderSql.update(order).update(connection) == 1;
            }
            if (OrderSql.insert(order).update(connection) != 1) {
                return false;
            }
            Query.batch(connection, OrderSql.INSERT_ITEM, OrderSql.itemParams(order));
            return true;
        });
        if (!written) {
            // insert: the id exists already; update: someone saved in between, or the order is gone
            throw new VersionConflictException("order " + order.id());
        }
        return order.withVersion(order.version() + 1);
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest<OrderSortField> page) {
        return inTransaction(connection -> {
            List<Order> items = ShopRows.orders(OrderSql.searchPage(search, page)
                    .list(connection, ShopRows.OrderRow::of));
            long total = OrderSql.searchCount(search).count(connection);
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private <T> T inTransaction(Function<Connection, T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> work.apply(status.getConnection()));
    }
}
