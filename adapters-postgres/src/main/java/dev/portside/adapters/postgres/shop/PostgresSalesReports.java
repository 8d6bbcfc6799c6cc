package dev.portside.adapters.postgres.shop;

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
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;

/** The sales report as four SQL aggregations over the period, read in one transaction. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresSalesReports implements SalesReports {

    private final TransactionOperations<Connection> transactions;

    PostgresSalesReports(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public SalesReport salesReport(ReportPeriod period) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> {
            Connection connection = status.getConnection();
            return new SalesReport(period,
                    ReportSql.revenueByCategory(period).list(connection, row -> new CategoryRevenue(
                            Category.of(row.getString("category")), revenue(row))),
                    ReportSql.orderValues(period).list(connection, PostgresSalesReports::orderValue),
                    ReportSql.topCustomers(period).list(connection, row -> new CustomerRevenue(
                            new UserId(row.getObject("customer_id", UUID.class)), orderValue(row))),
                    ReportSql.monthlyRevenue(period).list(connection, row -> new MonthlyRevenue(
                            YearMonth.of(row.getInt("year"), row.getInt("month")), revenue(row))));
        });
    }

    static OrderValue orderValue(ResultSet row) throws SQLException {
        return new OrderValue(row.getLong("orders"), revenue(row));
    }

    private static Money revenue(ResultSet row) throws SQLException {
        return ShopRows.money(row.getBigDecimal("revenue"), row.getString("currency"));
    }
}
