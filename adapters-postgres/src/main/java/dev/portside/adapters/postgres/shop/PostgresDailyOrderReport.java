package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DailyOrders;
import dev.portside.domain.shop.port.DayRange;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** Orders per UTC day and currency as one SQL aggregation. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresDailyOrderReport implements DailyOrderReport {

    private final TransactionOperations<Connection> transactions;

    PostgresDailyOrderReport(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<DailyOrders> dailyOrders(DayRange days) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> ReportSql.dailyOrders(days)
                .list(status.getConnection(), row -> new DailyOrders(row.getObject("day", LocalDate.class),
                        PostgresSalesReports.orderValue(row))));
    }
}
