package dev.portside.testkit.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import dev.portside.domain.shop.port.OrderValue;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DailyOrderReport} must compute, on a known data set in a month of its own (see
 * {@link ReportData}): whole UTC days, cancelled orders excluded, days without orders omitted,
 * one entry per day and currency.
 */
public abstract class DailyOrderReportContract extends OrderContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private DailyOrderReport report;

    protected DailyOrderReport report() {
        return report;
    }

    private static Instant at(LocalDate day, String time) {
        return Instant.parse(day + "T" + time + "Z");
    }

    @Test
    void counts_orders_and_revenue_per_utc_day_and_currency() {
        ReportData data = new ReportData(unitOfWork(), products(), orders());
        LocalDate today = ReportData.unusedMonth().atDay(10);
        LocalDate yesterday = today.minusDays(1);
        LocalDate twoDaysAgo = today.minusDays(2);
        Product tea = data.product("Tea", "10.00", "EUR");
        Product cup = data.product("Cups", "25.00", "EUR");
        Product mug = data.product("Cups", "7.00", "USD");
        data.order(OrderMother.anOrder().line(tea, 1).createdAt(at(twoDaysAgo, "00:00:00")));
        data.order(OrderMother.anOrder()
                .line(cup, 1)
                .createdAt(at(twoDaysAgo, "23:59:59.999"))
                .withStatus(OrderStatus.DELIVERED));
        data.order(OrderMother.anOrder()
                .line(tea, 3)
                .createdAt(at(yesterday, "12:00:00"))
                .withStatus(OrderStatus.CANCELLED));
        data.order(OrderMother.anOrder().line(mug, 1).createdAt(at(today, "23:59:59.999")));
        data.order(OrderMother.anOrder().line(tea, 1).line(cup, 1).createdAt(at(today, "01:00:00")));
        data.order(OrderMother.anOrder().line(tea, 1).createdAt(at(today.minusDays(3), "23:59:59.999")));
        data.order(OrderMother.anOrder().line(tea, 1).createdAt(at(today.plusDays(1), "00:00:00")));

        DayRange range = DayRange.lastDays(3, at(today, "15:00:00"));
        var days = unitOfWork().execute(() -> report().dailyOrders(range));

        assertThat(days)
                .containsExactly(
                        new DailyOrders(twoDaysAgo, new OrderValue(2, Money.of("35.00", "EUR"))),
                        new DailyOrders(today, new OrderValue(1, Money.of("35.00", "EUR"))),
                        new DailyOrders(today, new OrderValue(1, Money.of("7.00", "USD"))));
        assertThat(days.get(0).value().averageOrderValue()).isEqualTo(Money.of("17.50", "EUR"));
    }

    @Test
    void reports_nothing_for_days_without_orders() {
        LocalDate day = ReportData.unusedMonth().atDay(20);

        var days = unitOfWork()
                .execute(() -> report().dailyOrders(
                                DayRange.lastDays(7, day.atStartOfDay().toInstant(ZoneOffset.UTC))));

        assertThat(days).isEmpty();
    }
}
