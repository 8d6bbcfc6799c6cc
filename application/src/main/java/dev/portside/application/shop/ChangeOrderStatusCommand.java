package dev.portside.application.shop;

import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderStatus;

public record ChangeOrderStatusCommand(OrderId orderId, OrderStatus status) {

    public ChangeOrderStatusCommand {
        Required.field("id", orderId);
        Required.field("status", status);
    }
}
