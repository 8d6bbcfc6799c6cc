package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.port.CategoryRevenue;
import dev.portside.domain.shop.port.CustomerRevenue;
import dev.portside.domain.shop.port.MonthlyRevenue;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The sales report as one aggregation ({@link SalesLines#report}), its lines sorted into the four figures. */
@Singleton
@MongoAdapter
final class MongoSalesReports implements SalesReports {

    private final SalesLines lines;

    MongoSalesReports(SalesLines lines) {
        this.lines = lines;
    }

    @Override
    public SalesReport salesReport(ReportPeriod period) {
        List<CategoryRevenue> byCategory = new ArrayList<>();
        List<OrderValue> byCurrency = new ArrayList<>();
        List<CustomerRevenue> topCustomers = new ArrayList<>();
        List<MonthlyRevenue> byMonth = new ArrayList<>();
        for (SalesLine line : lines.report(period.from(), period.to())) {
            Money revenue = Money.of(line.revenue(), line.currency());
            switch (line.kind()) {
                case SalesLine.BY_CATEGORY ->
                    byCategory.add(new CategoryRevenue(Category.of(line.requiredCategory()), revenue));
                case SalesLine.BY_CURRENCY -> byCurrency.add(new OrderValue(line.requiredOrders(), revenue));
                case SalesLine.TOP_CUSTOMER ->
                    topCustomers.add(new CustomerRevenue(
                            new UserId(line.requiredCustomer()), new OrderValue(line.requiredOrders(), revenue)));
                case SalesLine.BY_MONTH -> byMonth.add(new MonthlyRevenue(line.requiredMonth(), revenue));
                default -> throw new IllegalStateException("unknown sales report line " + line.kind());
            }
        }
        return new SalesReport(period, byCategory, byCurrency, topCustomers, byMonth);
    }
}
