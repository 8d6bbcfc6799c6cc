package dev.portside.adapters.http.shop;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.SalesReport;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sales in {@code [from, to)} without cancelled orders. Money is never summed across currencies, so
 * every figure is per currency: {@code averageOrderValue} has one line per currency.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SalesReportResponse(
        @Schema(maxLength = 30) Instant from,
        @Schema(maxLength = 30) Instant to,
        List<CategoryLine> revenueByCategory,
        List<ValueLine> averageOrderValue,
        List<CustomerLine> topCustomers,
        List<MonthLine> monthlyRevenue) {

    @Serdeable
    public record CategoryLine(@Schema(maxLength = 100) String category, MoneyJson revenue) {
        static CategoryLine of(CategoryRevenue line) {
            return new CategoryLine(line.category().value(), MoneyJson.of(line.revenue()));
        }
    }

    @Serdeable
    public record ValueLine(
            @Schema(minLength = 3, maxLength = 3) String currency,
            @Schema(minimum = "0", maximum = "9223372036854775807") long orders,
            MoneyJson revenue,
            MoneyJson averageOrderValue) {
        static ValueLine of(OrderValue value) {
            return new ValueLine(value.currency().getCurrencyCode(), value.orders(), MoneyJson.of(value.revenue()),
                    MoneyJson.of(value.averageOrderValue()));
        }
    }

    @Serdeable
    public record CustomerLine(
            @Schema(maxLength = 36) UUID customerId,
            @Schema(minimum = "0", maximum = "9223372036854775807") long orders,
            MoneyJson revenue) {
        static CustomerLine of(CustomerRevenue line) {
            return new CustomerLine(line.customerId().value(), line.value().orders(), MoneyJson.of(line.value().revenue()));
        }
    }

    @Serdeable
    public record MonthLine(@Schema(maxLength = 7) String month, MoneyJson revenue) {
        static MonthLine of(MonthlyRevenue line) {
            return new MonthLine(line.month().toString(), MoneyJson.of(line.revenue()));
        }
    }

    static SalesReportResponse of(SalesReport report) {
        return new SalesReportResponse(report.period().from(), report.period().to(),
                report.revenueByCategory().stream().map(CategoryLine::of).toList(),
                report.averageOrderValue().stream().map(ValueLine::of).toList(),
                report.topCustomers().stream().map(CustomerLine::of).toList(),
                report.monthlyRevenue().stream().map(MonthLine::of).toList());
    }
}
