package dev.portside.adapters.mongo.shop;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * A read model over {@code orders}, never stored: one line of the sales report ({@link SalesLines#report}),
 * told apart by {@code kind} (the {@code _id} of the line); each kind fills only its own key fields.
 */
@MappedEntity(OrderDocument.COLLECTION)
record SalesLine(
        @Id String kind,
        String currency,
        @Nullable String category,
        @Nullable UUID customer,
        @Nullable Integer year,
        @Nullable Integer month,
        @Nullable Long orders,
        BigDecimal revenue) {

    static final String BY_CATEGORY = "byCategory";
    static final String BY_CURRENCY = "byCurrency";
    static final String TOP_CUSTOMER = "topCustomer";
    static final String BY_MONTH = "byMonth";

    // the fields a line's kind always fills; a missing one is a broken aggregation, not an absent value

    String requiredCategory() {
        return Objects.requireNonNull(category, "category");
    }

    UUID requiredCustomer() {
        return Objects.requireNonNull(customer, "customer");
    }

    long requiredOrders() {
        return Objects.requireNonNull(orders, "orders");
    }

    YearMonth requiredMonth() {
        return YearMonth.of(Objects.requireNonNull(year, "year"), Objects.requireNonNull(month, "month"));
    }
}
