package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.user.UserId;
import java.util.Optional;

public record ListOrdersQuery(
        Actor actor, Optional<UserId> customer, Optional<OrderStatus> status, PageRequest<OrderSortField> page) {

    public ListOrdersQuery {
        new Validation()
                .required("actor", actor)
                .required("customer", customer)
                .required("status", status)
                .required("page", page)
                .done();
    }

    /** All visible orders, newest first. */
    public static ListOrdersQuery newestFirst(Actor actor, int page, int size) {
        return new ListOrdersQuery(
                actor,
                Optional.empty(),
                Optional.empty(),
                new PageRequest<>(page, size, OrderSortField.CREATED_AT, SortDirection.DESC));
    }

    public ListOrdersQuery forCustomer(UserId value) {
        return new ListOrdersQuery(actor, Optional.of(value), status, page);
    }

    public ListOrdersQuery withStatus(OrderStatus value) {
        return new ListOrdersQuery(actor, customer, Optional.of(value), page);
    }
}
