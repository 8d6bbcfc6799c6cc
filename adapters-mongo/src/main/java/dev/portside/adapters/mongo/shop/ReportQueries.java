package dev.portside.adapters.mongo.shop;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.port.OrderValue;
import java.time.Instant;
import org.bson.Document;
import org.bson.conversions.Bson;

/** What the shop's reports share: which orders count, and how summed lines become money. */
final class ReportQueries {

    private ReportQueries() {
    }

    /** Orders created in {@code [from, to)} that were not cancelled (served by {@code orders_created_at}). */
    static Bson countedOrders(Instant from, Instant to) {
        return and(gte("createdAt", Values.date(from)), lt("createdAt", Values.date(to)),
                ne("status", OrderStatus.CANCELLED.name()));
    }

    static Money money(Object sum, String currency) {
        return Money.of(Values.decimal(sum), currency);
    }

    /** A group line with {@code orders} (a count) and {@code revenue} (a Decimal128 sum). */
    static OrderValue orderValue(Document line, String currency) {
        return new OrderValue(((Number) line.get("orders")).longValue(), money(line.get("revenue"), currency));
    }
}
