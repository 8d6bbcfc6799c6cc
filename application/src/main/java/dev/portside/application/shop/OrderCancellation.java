package dev.portside.application.shop;

import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ShopEvents;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cancelling is more than a status change: the reserved stock goes back. Both ways to cancel
 * (the customer's cancel and an admin's status change) come through here. Runs inside the caller's
 * unit of work, and writes the cancellation and the stock changes to the outbox.
 */
final class OrderCancellation {

    private OrderCancellation() {}

    static Order cancel(Order order, ProductRepository products, OrderRepository orders, Outbox outbox) {
        Order cancelled = order.cancel();
        Map<ProductId, OrderItem> lines =
                order.items().stream().collect(Collectors.toMap(OrderItem::productId, Function.identity()));
        // ascending id order, like checkout, so a cancel and a checkout never deadlock; products
        // are never deleted, so every line finds its product
        List<DomainEvent> stockChanges = new ArrayList<>();
        for (Product product : products.lockAllById(lines.keySet())) {
            Product released = products.save(product.release(
                    Objects.requireNonNull(lines.get(product.id())).quantity()));
            stockChanges.add(ShopEvents.stockChanged(product, released));
        }
        Order saved = orders.save(cancelled);
        outbox.append(ShopEvents.orderCancelled(order, saved));
        stockChanges.forEach(outbox::append);
        return saved;
    }
}
