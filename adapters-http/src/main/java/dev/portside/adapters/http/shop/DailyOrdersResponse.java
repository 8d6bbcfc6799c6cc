package dev.portside.adapters.http.shop;

import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.shop.port.DailyOrders;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** One UTC day and currency: orders, revenue and average order value (days without orders are left out). */
@Serdeable
public record DailyOrdersResponse(LocalDate day, String currency, long orders, MoneyJson revenue,
                                  MoneyJson averageOrderValue) {

    static DailyOrdersResponse of(DailyOrders line) {
        return new DailyOrdersResponse(line.day(), line.value().currency().getCurrencyCode(), line.value().orders(),
                MoneyJson.of(line.value().revenue()), MoneyJson.of(line.value().averageOrderValue()));
    }
}
