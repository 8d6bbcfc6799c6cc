package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A number of orders and their revenue in one currency. Reports carry the sum and the count and
 * derive the average here, so both backends only need exact sums and the rounding rule
 * (half-even at the currency's scale) lives in one place.
 */
public record OrderValue(long orders, Money revenue) {

    public OrderValue {
        Objects.requireNonNull(revenue, "revenue");
        if (orders < 1) {
            throw new IllegalArgumentException("orders must be 1 or more");
        }
    }

    /** One order's contribution. */
    public static OrderValue of(Money orderTotal) {
        return new OrderValue(1, orderTotal);
    }

    public OrderValue plus(OrderValue other) {
        return new OrderValue(orders + other.orders, revenue.plus(other.revenue));
    }

    public Currency currency() {
        return revenue.currency();
    }

    public Money averageOrderValue() {
        int scale = currency().getDefaultFractionDigits();
        return new Money(
                revenue.amount().divide(BigDecimal.valueOf(orders), scale, RoundingMode.HALF_EVEN), currency());
    }
}
