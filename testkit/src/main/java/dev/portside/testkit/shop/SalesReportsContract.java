package dev.portside.testkit.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SalesReports} must compute, on a known data set in a month of its own (see
 * {@link ReportData}): period bounds half-open, cancelled orders excluded, money per currency,
 * lists in the documented order.
 */
public abstract class SalesReportsContract extends OrderContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private SalesReports reports;

    protected SalesReports reports() {
        return reports;
    }

    private ReportData data() {
        return new ReportData(unitOfWork(), products(), orders());
    }

    private SalesReport report(Instant from, Instant to) {
        return unitOfWork().execute(() -> reports().salesReport(new ReportPeriod(from, to)));
    }

    private static Instant at(YearMonth month, int day, int hour) {
        return month.atDay(day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void reports_a_known_period_per_currency_without_cancelled_orders() {
        ReportData data = data();
        YearMonth first = ReportData.unusedMonth();
        YearMonth second = first.plusMonths(1);
        Instant from = at(first, 1, 0);
        Instant to = at(second.plusMonths(1), 1, 0);
        Product books = data.product("Books", "10.00", "EUR");
        Product games = data.product("Games", "25.50", "EUR");
        Product booksInDollars = data.product("Books", "7.00", "USD");
        UserId alice = UserId.newId();
        UserId bob = UserId.newId();
        UserId carol = UserId.newId();
        data.order(OrderMother.anOrder().by(alice).line(books, 2).line(games, 1).createdAt(from));
        data.order(OrderMother.anOrder()
                .by(bob)
                .line(games, 2)
                .createdAt(at(first, 10, 12))
                .withStatus(OrderStatus.DELIVERED));
        data.order(OrderMother.anOrder()
                .by(alice)
                .line(books, 1)
                .createdAt(at(second, 5, 9))
                .withStatus(OrderStatus.SHIPPED));
        data.order(OrderMother.anOrder()
                .by(carol)
                .line(books, 10)
                .createdAt(at(second, 6, 9))
                .withStatus(OrderStatus.CANCELLED));
        data.order(OrderMother.anOrder()
                .by(carol)
                .line(booksInDollars, 3)
                .createdAt(at(second, 7, 9))
                .withStatus(OrderStatus.PROCESSING));
        data.order(OrderMother.anOrder().by(bob).line(games, 1).createdAt(from.minusMillis(1)));
        data.order(OrderMother.anOrder().by(bob).line(games, 1).createdAt(to));

        SalesReport report = report(from, to);

        assertThat(report.revenueByCategory())
                .containsExactly(
                        new CategoryRevenue(Category.of("Games"), Money.of("76.50", "EUR")),
                        new CategoryRevenue(Category.of("Books"), Money.of("30.00", "EUR")),
                        new CategoryRevenue(Category.of("Books"), Money.of("21.00", "USD")));
        assertThat(report.averageOrderValue())
                .containsExactly(
                        new OrderValue(3, Money.of("106.50", "EUR")), new OrderValue(1, Money.of("21.00", "USD")));
        assertThat(report.averageOrderValue())
                .extracting(OrderValue::averageOrderValue)
                .containsExactly(Money.of("35.50", "EUR"), Money.of("21.00", "USD"));
        assertThat(report.topCustomers())
                .containsExactly(
                        new CustomerRevenue(alice, new OrderValue(2, Money.of("55.50", "EUR"))),
                        new CustomerRevenue(bob, new OrderValue(1, Money.of("51.00", "EUR"))),
                        new CustomerRevenue(carol, new OrderValue(1, Money.of("21.00", "USD"))));
        assertThat(report.monthlyRevenue())
                .containsExactly(
                        new MonthlyRevenue(first, Money.of("96.50", "EUR")),
                        new MonthlyRevenue(second, Money.of("10.00", "EUR")),
                        new MonthlyRevenue(second, Money.of("21.00", "USD")));
    }

    @Test
    void lists_at_most_ten_top_customers_per_currency_by_revenue() {
        ReportData data = data();
        YearMonth month = ReportData.unusedMonth();
        Product euro = data.product("Misc", "1.00", "EUR");
        Product pound = data.product("Misc", "1.00", "GBP");
        List<UserId> byRevenue = new ArrayList<>();
        for (int quantity = 12; quantity >= 1; quantity--) {
            UserId customer = UserId.newId();
            byRevenue.add(customer);
            data.order(OrderMother.anOrder().by(customer).line(euro, quantity).createdAt(at(month, 2, quantity)));
        }
        UserId poundCustomer = UserId.newId();
        data.order(OrderMother.anOrder().by(poundCustomer).line(pound, 1).createdAt(at(month, 3, 0)));

        SalesReport report = report(at(month, 1, 0), at(month.plusMonths(1), 1, 0));

        assertThat(report.topCustomers())
                .extracting(CustomerRevenue::customerId)
                .containsExactlyElementsOf(concat(byRevenue.subList(0, 10), poundCustomer));
        assertThat(report.topCustomers().get(0).value()).isEqualTo(new OrderValue(1, Money.of("12.00", "EUR")));
        assertThat(report.topCustomers().get(9).value()).isEqualTo(new OrderValue(1, Money.of("3.00", "EUR")));
    }

    @Test
    void breaks_ties_between_customers_by_id() {
        ReportData data = data();
        YearMonth month = ReportData.unusedMonth();
        Product product = data.product("Misc", "5.00", "EUR");
        UserId high =
                new UserId(UUID.fromString("d" + UUID.randomUUID().toString().substring(1)));
        UserId low =
                new UserId(UUID.fromString("3" + UUID.randomUUID().toString().substring(1)));
        data.order(OrderMother.anOrder().by(high).line(product, 1).createdAt(at(month, 4, 1)));
        data.order(OrderMother.anOrder().by(low).line(product, 1).createdAt(at(month, 4, 2)));

        SalesReport report = report(at(month, 1, 0), at(month.plusMonths(1), 1, 0));

        assertThat(report.topCustomers())
                .extracting(CustomerRevenue::customerId)
                .containsExactly(low, high);
    }

    @Test
    void reports_nothing_for_a_period_without_orders() {
        YearMonth month = ReportData.unusedMonth();

        SalesReport report = report(at(month, 1, 0), at(month.plusMonths(1), 1, 0));

        assertThat(report.revenueByCategory()).isEmpty();
        assertThat(report.averageOrderValue()).isEmpty();
        assertThat(report.topCustomers()).isEmpty();
        assertThat(report.monthlyRevenue()).isEmpty();
    }

    private static List<UserId> concat(List<UserId> head, UserId last) {
        List<UserId> all = new ArrayList<>(head);
        all.add(last);
        return all;
    }
}
