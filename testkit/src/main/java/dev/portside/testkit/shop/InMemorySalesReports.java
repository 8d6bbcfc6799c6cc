package dev.portside.testkit.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.UserId;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The sales report computed from the in-memory orders, the way the SQL and pipeline versions must. */
public final class InMemorySalesReports implements SalesReports {

    private final InMemoryOrderRepository orders;

    public InMemorySalesReports(InMemoryOrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    @Override
    public SalesReport salesReport(ReportPeriod period) {
        List<Order> sold = orders.all().stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED && period.contains(o.createdAt()))
                .toList();
        return new SalesReport(
                period, revenueByCategory(sold), averageOrderValue(sold), topCustomers(sold), monthlyRevenue(sold));
    }

    private static List<CategoryRevenue> revenueByCategory(List<Order> sold) {
        record Key(Currency currency, Category category) {}
        Map<Key, Money> revenue = new HashMap<>();
        for (Order order : sold) {
            for (OrderItem item : order.items()) {
                revenue.merge(new Key(item.unitPrice().currency(), item.category()), item.lineTotal(), Money::plus);
            }
        }
        return revenue.entrySet().stream()
                .map(e -> new CategoryRevenue(e.getKey().category(), e.getValue()))
                .sorted(Comparator.comparing((CategoryRevenue r) -> code(r.revenue()))
                        .thenComparing(r -> r.revenue().amount(), Comparator.reverseOrder())
                        .thenComparing(r -> r.category().value()))
                .toList();
    }

    private static List<OrderValue> averageOrderValue(List<Order> sold) {
        return valuesBy(sold, Order::currency).values().stream()
                .sorted(Comparator.comparing(v -> code(v.revenue())))
                .toList();
    }

    private static List<CustomerRevenue> topCustomers(List<Order> sold) {
        record Key(Currency currency, UserId customer) {}
        List<CustomerRevenue> ranked = valuesBy(sold, o -> new Key(o.currency(), o.customerId())).entrySet().stream()
                .map(e -> new CustomerRevenue(e.getKey().customer(), e.getValue()))
                .sorted(Comparator.comparing(
                                (CustomerRevenue c) -> code(c.value().revenue()))
                        .thenComparing(c -> c.value().revenue().amount(), Comparator.reverseOrder())
                        .thenComparing(c -> c.customerId().value().toString()))
                .toList();
        Map<Currency, Integer> listed = new HashMap<>();
        List<CustomerRevenue> top = new ArrayList<>();
        for (CustomerRevenue customer : ranked) {
            if (listed.merge(customer.value().currency(), 1, Integer::sum) <= SalesReport.TOP_CUSTOMERS) {
                top.add(customer);
            }
        }
        return top;
    }

    private static List<MonthlyRevenue> monthlyRevenue(List<Order> sold) {
        record Key(YearMonth month, Currency currency) {}
        return valuesBy(sold, o -> new Key(YearMonth.from(o.createdAt().atZone(ZoneOffset.UTC)), o.currency()))
                .entrySet()
                .stream()
                .map(e -> new MonthlyRevenue(e.getKey().month(), e.getValue().revenue()))
                .sorted(Comparator.comparing(MonthlyRevenue::month).thenComparing(m -> code(m.revenue())))
                .toList();
    }

    /** Order count and revenue per key. */
    static <K> Map<K, OrderValue> valuesBy(List<Order> sold, Function<Order, K> key) {
        Map<K, OrderValue> values = new HashMap<>();
        sold.forEach(order -> values.merge(key.apply(order), OrderValue.of(order.total()), OrderValue::plus));
        return values;
    }

    static String code(Money money) {
        return money.currency().getCurrencyCode();
    }
}
