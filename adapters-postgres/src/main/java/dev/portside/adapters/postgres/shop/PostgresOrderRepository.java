package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders and their lines in PostgreSQL. Lines are written once with the order (they never change)
 * and read with it in the same statement, for a single order as for a page of them.
 */
@Singleton
@PostgresAdapter
final class PostgresOrderRepository implements OrderRepository {

    private final OrderRows orders;
    private final OrderItemRows items;
    private final OrderRowMapper mapper;

    PostgresOrderRepository(OrderRows orders, OrderItemRows items, OrderRowMapper mapper) {
        this.orders = orders;
        this.items = items;
        this.mapper = mapper;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return mapper.toOrders(orders.findWithLines(id.value())).stream().findFirst();
    }

    @Override
    public Order save(Order order) {
        if (!written(order)) {
            // insert: the id exists already; update: someone saved in between, or the order is gone
            throw new VersionConflictException("order " + order.id());
        }
        return order.withVersion(order.version() + 1);
    }

    private boolean written(Order order) {
        OrderRow row = mapper.toRow(order);
        if (order.version() != 0) {
            return orders.updateStatus(row.id(), row.version(), row.status()) == 1;
        }
        if (orders.insert(row.id(), row.customerId(), row.status(), row.currency(), row.createdAt()) != 1) {
            return false;
        }
        items.saveAll(mapper.toItemRows(order));
        return true;
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest<OrderSortField> page) {
        UUID customer = search.customerId().map(UserId::value).orElse(null);
        String status = search.status().map(Enum::name).orElse(null);
        List<OrderLineRow> lines = switch (page.sortField()) {
            case CREATED_AT ->
                page.direction() == SortDirection.ASC
                        ? orders.pageOldestFirst(customer, status, page.size(), page.offset())
                        : orders.pageNewestFirst(customer, status, page.size(), page.offset());
        };
        long total = orders.countMatching(customer, status);
        return new Page<>(mapper.toOrders(lines), page.page(), page.size(), total);
    }
}
