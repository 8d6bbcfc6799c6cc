package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import java.util.Optional;

/** Where orders live. The contract is {@code dev.portside.testkit.shop.OrderRepositoryContract}. */
public interface OrderRepository {

    Optional<Order> findById(OrderId id);

    /**
     * Inserts an order at version 0, otherwise updates it if the stored version still equals
     * {@code order.version()}. Returns the order at its new version. Items never change after the
     * insert; an adapter may store them once.
     *
     * @throws dev.portside.domain.shared.VersionConflictException when the stored version differs
     *         (or the order to update does not exist)
     */
    Order save(Order order);

    /** Orders matching {@code search}, sorted by the page's field and direction, ties by id. */
    Page<Order> search(OrderSearch search, PageRequest<OrderSortField> page);
}
