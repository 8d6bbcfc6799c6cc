package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The sales report as four SQL aggregations over the period, in the caller's unit of work. */
@Singleton
@PostgresAdapter
final class PostgresSalesReports implements SalesReports {

    private final OrderRows orders;
    private final ReportRowMapper mapper;

    PostgresSalesReports(OrderRows orders, ReportRowMapper mapper) {
        this.orders = orders;
        this.mapper = mapper;
    }

    @Override
    public SalesReport salesReport(ReportPeriod period) {
        Instant from = period.from();
        Instant to = period.to();
        return new SalesReport(
                period,
                orders.revenueByCategory(from, to).stream()
                        .map(mapper::toCategoryRevenue)
                        .toList(),
                orders.orderValues(from, to).stream().map(mapper::toOrderValue).toList(),
                orders.topCustomers(from, to).stream()
                        .map(mapper::toCustomerRevenue)
                        .toList(),
                orders.monthlyRevenue(from, to).stream()
                        .map(mapper::toMonthlyRevenue)
                        .toList());
    }
}
