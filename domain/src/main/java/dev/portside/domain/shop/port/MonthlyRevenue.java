package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Money;
import java.time.YearMonth;
import java.util.Objects;

/** Revenue of one UTC calendar month in one currency. */
public record MonthlyRevenue(YearMonth month, Money revenue) {

    public MonthlyRevenue {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(revenue, "revenue");
    }
}
