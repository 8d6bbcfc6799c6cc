package dev.portside.application.shop;

import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cancelling is more than a status change: the reserved stock goes back. Both ways to cancel
 * (the customer's cancel and an admin's status change) come through here. Runs inside the caller's
 * unit of work.
 */
final class OrderCancellation {

    private OrderCancellation() {}

    static Order cancel(Order order, ProductRepository products, OrderRepository orders) {
        Order cancelled = order.cancel();
        Map<ProductId, OrderItem> lines =
                order.items().stream().collect(Collectors.toMap(OrderItem::productId, Function.identity()));
        // ascending id order, like checkout, so a cancel and a checkout never deadlock; products
        // are never deleted, so every line finds its product
        for (Product product : products.lockAllById(lines.keySet())) {
            products.save(product.release(
                    Objects.requireNonNull(lines.get(product.id())).quantity()));
        }
        return orders.save(cancelled);
    }
}
