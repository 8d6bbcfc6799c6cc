package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.port.OrderRepository;

/**
 * Loads an order the actor may see: their own, or any for an admin. Someone else's order is
 * reported exactly like a missing one, so ids cannot be probed.
 */
final class VisibleOrders {

    private VisibleOrders() {}

    static Order load(OrderRepository orders, Actor actor, OrderId id) {
        return orders.findById(id)
                .filter(order -> actor.isAdmin() || order.isOwnedBy(actor.id()))
                .orElseThrow(() -> DomainException.notFound("order"));
    }
}
