package dev.portside.adapters.mongo.shop;

import static com.mongodb.client.model.Accumulators.push;
import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.facet;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.project;
import static com.mongodb.client.model.Aggregates.sort;
import static com.mongodb.client.model.Aggregates.unwind;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.mongodb.client.model.Facet;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * The sales report as one aggregation: the period's non-cancelled orders, fanned out by {@code $facet}
 * into the four figures, each grouped per currency and sorted as {@link SalesReport} documents. The
 * top customers are cut to {@value SalesReport#TOP_CUSTOMERS} per currency inside the pipeline.
 */
@Singleton
@MongoAdapter
final class MongoSalesReports implements SalesReports {

    private final MongoStorage storage;

    MongoSalesReports(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public SalesReport salesReport(ReportPeriod period) {
        Document result = storage.collection(OrderDocument.COLLECTION).aggregate(List.of(
                match(ReportQueries.countedOrders(period.from(), period.to())),
                facet(
                        new Facet("byCategory",
                                unwind("$items"),
                                group(new Document("currency", "$currency").append("category", "$items.category"),
                                        sum("revenue", "$items.lineTotal")),
                                sort(orderBy(ascending("_id.currency"), descending("revenue"), ascending("_id.category")))),
                        new Facet("byCurrency",
                                group("$currency", sum("orders", 1), sum("revenue", "$total")),
                                sort(ascending("_id"))),
                        new Facet("topCustomers",
                                group(new Document("currency", "$currency").append("customer", "$customerId"),
                                        sum("orders", 1), sum("revenue", "$total")),
                                sort(orderBy(ascending("_id.currency"), descending("revenue"), ascending("_id.customer"))),
                                group("$_id.currency", push("customers", new Document("customer", "$_id.customer")
                                        .append("orders", "$orders").append("revenue", "$revenue"))),
                                sort(ascending("_id")),
                                project(new Document("customers",
                                        new Document("$slice", List.of("$customers", SalesReport.TOP_CUSTOMERS))))),
                        new Facet("byMonth",
                                group(new Document("year", new Document("$year", "$createdAt"))
                                                .append("month", new Document("$month", "$createdAt"))
                                                .append("currency", "$currency"),
                                        sum("revenue", "$total")),
                                sort(orderBy(ascending("_id.year"), ascending("_id.month"), ascending("_id.currency"))))))).first();
        return new SalesReport(period,
                result.getList("byCategory", Document.class).stream().map(MongoSalesReports::categoryRevenue).toList(),
                result.getList("byCurrency", Document.class).stream()
                        .map(line -> ReportQueries.orderValue(line, line.getString("_id"))).toList(),
                result.getList("topCustomers", Document.class).stream()
                        .flatMap(currency -> currency.getList("customers", Document.class).stream()
                                .map(customer -> customerRevenue(customer, currency.getString("_id"))))
                        .toList(),
                result.getList("byMonth", Document.class).stream().map(MongoSalesReports::monthlyRevenue).toList());
    }

    private static CategoryRevenue categoryRevenue(Document line) {
        Document key = line.get("_id", Document.class);
        return new CategoryRevenue(Category.of(key.getString("category")),
                ReportQueries.money(line.get("revenue"), key.getString("currency")));
    }

    private static CustomerRevenue customerRevenue(Document line, String currency) {
        return new CustomerRevenue(new UserId(line.get("customer", UUID.class)), ReportQueries.orderValue(line, currency));
    }

    private static MonthlyRevenue monthlyRevenue(Document line) {
        Document key = line.get("_id", Document.class);
        return new MonthlyRevenue(YearMonth.of(key.getInteger("year"), key.getInteger("month")),
                ReportQueries.money(line.get("revenue"), key.getString("currency")));
    }
}
