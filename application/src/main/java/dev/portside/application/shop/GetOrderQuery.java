package dev.portside.application.shop;

import dev.portside.domain.shop.OrderId;

public record GetOrderQuery(OrderId orderId) {

    public GetOrderQuery {
        Required.field("id", orderId);
    }
}
