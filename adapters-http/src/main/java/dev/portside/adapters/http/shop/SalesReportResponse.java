package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
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
    public record CategoryLine(@Schema(maxLength = 100) String category, MoneyJson revenue) {}

    @Serdeable
    public record ValueLine(
            @Schema(minLength = 3, maxLength = 3) String currency,

            @Schema(minimum = "0", maximum = "9223372036854775807")
            long orders,

            MoneyJson revenue,
            MoneyJson averageOrderValue) {}

    @Serdeable
    public record CustomerLine(
            @Schema(maxLength = 36) UUID customerId,

            @Schema(minimum = "0", maximum = "9223372036854775807")
            long orders,

            MoneyJson revenue) {}

    @Serdeable
    public record MonthLine(@Schema(maxLength = 7) String month, MoneyJson revenue) {}
}
