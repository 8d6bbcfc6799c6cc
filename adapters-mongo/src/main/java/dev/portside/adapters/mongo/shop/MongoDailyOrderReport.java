package dev.portside.adapters.mongo.shop;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.orderBy;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Orders per UTC day and currency as one aggregation ({@code $dateToString} formats in UTC). */
@Singleton
@MongoAdapter
final class MongoDailyOrderReport implements DailyOrderReport {

    private final MongoStorage storage;

    MongoDailyOrderReport(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public List<DailyOrders> dailyOrders(DayRange days) {
        Document day = new Document("$dateToString", new Document("format", "%Y-%m-%d").append("date", "$createdAt"));
        return storage.collection(OrderDocument.COLLECTION).aggregate(List.of(
                        match(ReportQueries.countedOrders(days.start(), days.end())),
                        group(new Document("day", day).append("currency", "$currency"),
                                sum("orders", 1), sum("revenue", "$total")),
                        sort(orderBy(ascending("_id.day"), ascending("_id.currency")))))
                .map(line -> {
                    Document key = line.get("_id", Document.class);
                    return new DailyOrders(LocalDate.parse(key.getString("day")),
                            ReportQueries.orderValue(line, key.getString("currency")));
                })
                .into(new ArrayList<>());
    }
}
