package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.OrderId;

public record GetOrderQuery(Actor actor, OrderId orderId) {

    public GetOrderQuery {
        new Validation().required("actor", actor).required("id", orderId).done();
    }
}
