package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import dev.portside.domain.shop.port.OrderValue;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/** Orders per UTC day and currency as one aggregation ({@link SalesLines#daily}). */
@Singleton
@MongoAdapter
final class MongoDailyOrderReport implements DailyOrderReport {

    private final SalesLines lines;

    MongoDailyOrderReport(SalesLines lines) {
        this.lines = lines;
    }

    @Override
    public List<DailyOrders> dailyOrders(DayRange days) {
        return lines.daily(days.start(), days.end()).stream()
                .map(line -> new DailyOrders(
                        LocalDate.parse(line.kind()),
                        new OrderValue(line.requiredOrders(), Money.of(line.revenue(), line.currency()))))
                .toList();
    }
}
