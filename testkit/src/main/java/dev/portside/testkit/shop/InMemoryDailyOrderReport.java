package dev.portside.testkit.shop;

import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Orders per UTC day computed from the in-memory orders. */
public final class InMemoryDailyOrderReport implements DailyOrderReport {

    private final InMemoryOrderRepository orders;

    public InMemoryDailyOrderReport(InMemoryOrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    @Override
    public List<DailyOrders> dailyOrders(DayRange days) {
        record Key(LocalDate day, Currency currency) {}
        List<Order> sold = orders.all().stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED && days.contains(o.createdAt()))
                .toList();
        return InMemorySalesReports.valuesBy(
                        sold, o -> new Key(LocalDate.ofInstant(o.createdAt(), ZoneOffset.UTC), o.currency()))
                .entrySet()
                .stream()
                .map(e -> new DailyOrders(e.getKey().day(), e.getValue()))
                .sorted(Comparator.comparing(DailyOrders::day)
                        .thenComparing(d -> InMemorySalesReports.code(d.value().revenue())))
                .toList();
    }
}
