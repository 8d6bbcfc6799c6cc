package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import java.util.Objects;

/** Revenue of one category in one currency: the sum of its order lines' totals. */
public record CategoryRevenue(Category category, Money revenue) {

    public CategoryRevenue {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(revenue, "revenue");
    }
}
