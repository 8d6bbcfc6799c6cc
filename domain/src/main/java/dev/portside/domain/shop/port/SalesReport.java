package dev.portside.domain.shop.port;

import java.util.List;
import java.util.Objects;

/**
 * Sales in a period, cancelled orders excluded. Every figure is per currency (amounts in different
 * currencies are never added up), and every list is in a defined order:
 * <ul>
 *   <li>{@code revenueByCategory}: currency code, then revenue descending, then category;</li>
 *   <li>{@code averageOrderValue}: one entry per currency, by currency code;</li>
 *   <li>{@code topCustomers}: up to {@value #TOP_CUSTOMERS} per currency, by currency code, then
 *       revenue descending, then customer id ascending;</li>
 *   <li>{@code monthlyRevenue}: by month (UTC), then currency code.</li>
 * </ul>
 */
public record SalesReport(
        ReportPeriod period,
        List<CategoryRevenue> revenueByCategory,
        List<OrderValue> averageOrderValue,
        List<CustomerRevenue> topCustomers,
        List<MonthlyRevenue> monthlyRevenue) {

    public static final int TOP_CUSTOMERS = 10;

    public SalesReport {
        Objects.requireNonNull(period, "period");
        revenueByCategory = List.copyOf(revenueByCategory);
        averageOrderValue = List.copyOf(averageOrderValue);
        topCustomers = List.copyOf(topCustomers);
        monthlyRevenue = List.copyOf(monthlyRevenue);
    }
}
