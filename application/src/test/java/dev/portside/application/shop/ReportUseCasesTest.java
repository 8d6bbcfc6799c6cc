package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.testkit.shop.ProductMother;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportUseCasesTest {

    private final ShopFixture shop = new ShopFixture();
    private final Product tea =
            shop.stored(ProductMother.aProduct().withCategory("Tea").withPrice("4.00", "EUR"));

    @Test
    void an_admin_gets_sales_without_cancelled_orders() {
        shop.order(shop.alice, tea, 2);
        Order cancelled = shop.order(shop.bob, tea, 5);
        shop.cancelOrder.cancel(new CancelOrderCommand(shop.bob, cancelled.id()));
        shop.order(shop.bob, tea, 1);

        SalesReport report = shop.getSalesReport.get(GetSalesReportQuery.of(
                shop.admin, Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-06-01T00:00:00Z")));

        assertThat(report.revenueByCategory())
                .containsExactly(new CategoryRevenue(Category.of("Tea"), Money.of("12.00", "EUR")));
        assertThat(report.averageOrderValue()).containsExactly(new OrderValue(2, Money.of("12.00", "EUR")));
        assertThat(report.topCustomers())
                .extracting(CustomerRevenue::customerId)
                .containsExactly(shop.alice.id(), shop.bob.id());
    }

    @Test
    void the_daily_report_covers_the_last_n_days_up_to_now() {
        shop.clock.set(Instant.parse("2024-05-08T12:00:00Z"));
        shop.order(shop.alice, tea, 1);
        shop.clock.set(Instant.parse("2024-05-10T08:00:00Z"));
        shop.order(shop.alice, tea, 2);
        shop.order(shop.bob, tea, 1);
        shop.clock.advance(Duration.ofHours(1));

        assertThat(shop.getDailyOrderReport.get(new GetDailyOrderReportQuery(shop.admin, 2)))
                .containsExactly(
                        new DailyOrders(LocalDate.parse("2024-05-10"), new OrderValue(2, Money.of("12.00", "EUR"))));
        assertThat(shop.getDailyOrderReport.get(GetDailyOrderReportQuery.lastMonth(shop.admin)))
                .extracting(DailyOrders::day)
                .containsExactly(LocalDate.parse("2024-05-08"), LocalDate.parse("2024-05-10"));
    }

    @Test
    void reports_are_for_admins_only() {
        assertThatThrownBy(() -> shop.getSalesReport.get(GetSalesReportQuery.of(
                        shop.alice, Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-06-01T00:00:00Z"))))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> shop.getDailyOrderReport.get(GetDailyOrderReportQuery.lastMonth(shop.moderator)))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void report_queries_validate_their_input() {
        assertThatThrownBy(() -> new GetDailyOrderReportQuery(shop.admin, 0))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("days");
        assertThatThrownBy(() -> new GetDailyOrderReportQuery(shop.admin, 367))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("days");
        assertThatThrownBy(() -> GetSalesReportQuery.of(
                        shop.admin, Instant.parse("2024-06-01T00:00:00Z"), Instant.parse("2024-05-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("to");
    }
}
