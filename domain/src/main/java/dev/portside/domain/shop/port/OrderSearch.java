package dev.portside.domain.shop.port;

import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** What an order listing filters on: the customer and the status, each optional. */
public record OrderSearch(Optional<UserId> customerId, Optional<OrderStatus> status) {

    public OrderSearch {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
    }

    public static OrderSearch all() {
        return new OrderSearch(Optional.empty(), Optional.empty());
    }

    public static OrderSearch of(UserId customerId) {
        return new OrderSearch(Optional.of(customerId), Optional.empty());
    }

    public OrderSearch withStatus(OrderStatus newStatus) {
        return new OrderSearch(customerId, Optional.of(newStatus));
    }
}
