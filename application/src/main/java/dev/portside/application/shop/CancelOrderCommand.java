package dev.portside.application.shop;

import dev.portside.domain.shop.OrderId;

public record CancelOrderCommand(OrderId orderId) {

    public CancelOrderCommand {
        Required.field("id", orderId);
    }
}
