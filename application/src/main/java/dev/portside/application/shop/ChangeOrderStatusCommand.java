package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderStatus;

public record ChangeOrderStatusCommand(Actor actor, OrderId orderId, OrderStatus status) {

    public ChangeOrderStatusCommand {
        new Validation()
                .required("actor", actor)
                .required("id", orderId)
                .required("status", status)
                .done();
    }
}
