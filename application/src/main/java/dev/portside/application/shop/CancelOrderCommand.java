package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.OrderId;

public record CancelOrderCommand(Actor actor, OrderId orderId) {

    public CancelOrderCommand {
        new Validation().required("actor", actor).required("id", orderId).done();
    }
}
