package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import jakarta.inject.Singleton;
import java.util.List;

/** Orders per UTC day and currency as one SQL aggregation. */
@Singleton
@PostgresAdapter
final class PostgresDailyOrderReport implements DailyOrderReport {

    private final OrderRows orders;
    private final ReportRowMapper mapper;

    PostgresDailyOrderReport(OrderRows orders, ReportRowMapper mapper) {
        this.orders = orders;
        this.mapper = mapper;
    }

    @Override
    public List<DailyOrders> dailyOrders(DayRange days) {
        return orders.dailyOrders(days.start(), days.end()).stream()
                .map(mapper::toDailyOrders)
                .toList();
    }
}
