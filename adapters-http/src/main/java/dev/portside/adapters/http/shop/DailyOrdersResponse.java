package dev.portside.adapters.http.shop;

import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One UTC day and currency: orders, revenue and average order value (days without orders are left out). */
@Serdeable
public record DailyOrdersResponse(
        @Schema(maxLength = 10) LocalDate day,
        @Schema(minLength = 3, maxLength = 3) String currency,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long orders,

        MoneyJson revenue,
        MoneyJson averageOrderValue) {}
