package dev.portside.domain.shop.port;

import java.time.LocalDate;
import java.util.Objects;

/** Orders and revenue of one UTC day in one currency. */
public record DailyOrders(LocalDate day, OrderValue value) {

    public DailyOrders {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
    }
}
