package dev.portside.testkit.shop;

import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Unsaved orders for tests: {@code OrderMother.anOrder().by(customer).line(product, 2).build()}.
 * Without lines it gets one line of a fresh {@link ProductMother} product (which the test must save
 * first if its storage checks references). The status is set as given, without walking the status
 * machine, because tests need orders in every state.
 */
public final class OrderMother {

    private OrderId id = OrderId.newId();
    private UserId customerId = UserId.newId();
    private final List<OrderItem> items = new ArrayList<>();
    private OrderStatus status = OrderStatus.PENDING;
    private Instant createdAt = ProductMother.DEFAULT_CREATED_AT;

    private OrderMother() {}

    public static OrderMother anOrder() {
        return new OrderMother();
    }

    public OrderMother withId(OrderId value) {
        this.id = value;
        return this;
    }

    public OrderMother by(UserId customer) {
        this.customerId = customer;
        return this;
    }

    public OrderMother line(Product product, int quantity) {
        items.add(OrderItem.snapshotOf(product, Quantity.of(quantity)));
        return this;
    }

    public OrderMother withStatus(OrderStatus value) {
        this.status = value;
        return this;
    }

    public OrderMother createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public Order build() {
        List<OrderItem> lines = items.isEmpty()
                ? List.of(OrderItem.snapshotOf(ProductMother.aProduct().build(), Quantity.of(1)))
                : items;
        return new Order(id, customerId, lines, status, createdAt, 0);
    }
}
