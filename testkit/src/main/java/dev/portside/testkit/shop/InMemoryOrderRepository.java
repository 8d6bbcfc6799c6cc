package dev.portside.testkit.shop;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Orders in memory; the report fakes read them through {@link #all()}. */
public final class InMemoryOrderRepository implements OrderRepository {

    private final InMemoryDatabase database;
    private final InMemoryStore<OrderId, Order> orders;

    public InMemoryOrderRepository(InMemoryDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
        this.orders = new InMemoryStore<>(database);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return orders.get(id);
    }

    @Override
    public Order save(Order order) {
        return database.atomically(() -> {
            // a stored row is at version 1 or more, so this also refuses inserting an existing id
            long storedVersion = orders.get(order.id()).map(Order::version).orElse(0L);
            if (storedVersion != order.version()) {
                throw new VersionConflictException("order " + order.id());
            }
            Order saved = order.withVersion(order.version() + 1);
            orders.put(saved.id(), saved);
            return saved;
        });
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest<OrderSortField> page) {
        List<Order> matching = orders.all().stream()
                .filter(o -> search.customerId().map(o::isOwnedBy).orElse(true))
                .filter(o -> search.status().map(s -> o.status() == s).orElse(true))
                .toList();
        Comparator<Order> field = switch (page.sortField()) {
            case CREATED_AT -> Comparator.comparing(Order::createdAt);
        };
        return Pages.of(matching, field, Comparator.comparing(Order::id), page);
    }

    Collection<Order> all() {
        return orders.all();
    }
}
