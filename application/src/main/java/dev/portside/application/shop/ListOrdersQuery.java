package dev.portside.application.shop;

import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

public record ListOrdersQuery(Optional<UserId> customer, Optional<OrderStatus> status, PageRequest<OrderSortField> page) {

    public ListOrdersQuery {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(status, "status");
        Required.field("page", page);
    }

    /** All visible orders, newest first. */
    public static ListOrdersQuery newestFirst(int page, int size) {
        return new ListOrdersQuery(Optional.empty(), Optional.empty(),
                new PageRequest<>(page, size, OrderSortField.CREATED_AT, SortDirection.DESC));
    }

    public ListOrdersQuery forCustomer(UserId value) {
        return new ListOrdersQuery(Optional.of(value), status, page);
    }

    public ListOrdersQuery withStatus(OrderStatus value) {
        return new ListOrdersQuery(customer, Optional.of(value), page);
    }
}
