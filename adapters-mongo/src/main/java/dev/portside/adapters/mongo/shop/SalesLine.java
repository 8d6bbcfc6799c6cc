package dev.portside.adapters.mongo.shop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A read model over {@code orders}, never stored: one line of the sales report ({@link SalesLines#report}),
 * told apart by {@code kind} (the {@code _id} of the line); each kind fills only its own key fields.
 */
@MappedEntity(OrderDocument.COLLECTION)
record SalesLine(@Id String kind, String currency, @Nullable String category, @Nullable UUID customer,
                 @Nullable Integer year, @Nullable Integer month, @Nullable Long orders, BigDecimal revenue) {

    static final String BY_CATEGORY = "byCategory";
    static final String BY_CURRENCY = "byCurrency";
    static final String TOP_CUSTOMER = "topCustomer";
    static final String BY_MONTH = "byMonth";
}
