package dev.portside.domain.shop.port;

import dev.portside.domain.user.UserId;
import java.util.Objects;

/** A customer's orders and revenue in one currency. */
public record CustomerRevenue(UserId customerId, OrderValue value) {

    public CustomerRevenue {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(value, "value");
    }
}
