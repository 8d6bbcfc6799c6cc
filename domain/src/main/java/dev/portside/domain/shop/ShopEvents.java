package dev.portside.domain.shop;

import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.Topic;

/**
 * The shop's events. An order's events are for its customer and admins, as the order itself is;
 * stock levels are public, as products are.
 */
public final class ShopEvents {

    private ShopEvents() {}

    public static DomainEvent orderPlaced(Order order) {
        return new DomainEvent(
                EventType.ORDER_PLACED,
                order.id().value(),
                Topic.ORDERS,
                Audience.ownerAndAdmins(order.customerId()),
                EventData.builder()
                        .put("customerId", order.customerId())
                        .put("status", order.status())
                        .put("total", order.total().amountText())
                        .put("currency", order.currency().getCurrencyCode())
                        .put("lines", order.items().size())
                        .put("createdAt", order.createdAt())
                        .put("version", order.version())
                        .build());
    }

    /** A status change other than a cancellation ({@link #orderCancelled}). */
    public static DomainEvent orderStatusChanged(Order before, Order after) {
        return statusEvent(EventType.ORDER_STATUS_CHANGED, before, after);
    }

    public static DomainEvent orderCancelled(Order before, Order after) {
        return statusEvent(EventType.ORDER_CANCELLED, before, after);
    }

    public static DomainEvent stockChanged(Product before, Product after) {
        return new DomainEvent(
                EventType.PRODUCT_STOCK_CHANGED,
                after.id().value(),
                Topic.PRODUCTS,
                Audience.everyone(),
                EventData.builder()
                        .put("sku", after.sku().value())
                        .put("stock", after.stock())
                        .put("previousStock", before.stock())
                        .put("version", after.version())
                        .build());
    }

    private static DomainEvent statusEvent(EventType type, Order before, Order after) {
        return new DomainEvent(
                type,
                after.id().value(),
                Topic.ORDERS,
                Audience.ownerAndAdmins(after.customerId()),
                EventData.builder()
                        .put("customerId", after.customerId())
                        .put("status", after.status())
                        .put("previousStatus", before.status())
                        .put("version", after.version())
                        .build());
    }
}
