package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shop.port.DayRange;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import java.time.Instant;

/**
 * The report aggregations. Every one reads orders created in a half-open period through the index on
 * {@code orders (created_at)}, joins their lines by primary key, leaves cancelled orders out and
 * groups per currency. They return exact sums and counts; averages are the domain's to derive.
 */
final class ReportSql {

    /** Lines sold in the period, with their order. Parameters: from (inclusive), to (exclusive). */
    private static final String SOLD_LINES = """
              from orders o join order_items i on i.order_id = o.id
             where o.created_at >= ? and o.created_at < ? and o.status <> 'CANCELLED'
            """;

    /** One row per order sold in the period, with its total. */
    private static final String SOLD_ORDERS = """
            with sold as (
                select o.id, o.customer_id, o.currency, o.created_at, sum(i.quantity * i.unit_price) as total
            """ + SOLD_LINES + """
                 group by o.id)
            """;

    private ReportSql() {
    }

    /** Per currency and category (as snapshotted on the lines): revenue. */
    static Query revenueByCategory(ReportPeriod period) {
        return between("select o.currency, i.category, sum(i.quantity * i.unit_price) as revenue\n" + SOLD_LINES + """
                 group by o.currency, i.category
                 order by o.currency, revenue desc, i.category collate "C"
                """, period.from(), period.to());
    }

    /** Per currency: orders and revenue. */
    static Query orderValues(ReportPeriod period) {
        return between(SOLD_ORDERS + """
                select currency, count(*) as orders, sum(total) as revenue
                  from sold
                 group by currency
                 order by currency
                """, period.from(), period.to());
    }

    /** Per currency the customers with the highest revenue (ties by id), with their orders and revenue. */
    static Query topCustomers(ReportPeriod period) {
        return between(SOLD_ORDERS + """
                , ranked as (
                    select currency, customer_id, count(*) as orders, sum(total) as revenue,
                           row_number() over (partition by currency order by sum(total) desc, customer_id) as rank
                      from sold
                     group by currency, customer_id)
                select currency, customer_id, orders, revenue
                  from ranked
                 where rank <= %d
                 order by currency, revenue desc, customer_id
                """.formatted(SalesReport.TOP_CUSTOMERS), period.from(), period.to());
    }

    /** Per UTC month and currency: revenue. */
    static Query monthlyRevenue(ReportPeriod period) {
        return between(SOLD_ORDERS + """
                select extract(year from created_at at time zone 'UTC')::int as year,
                       extract(month from created_at at time zone 'UTC')::int as month,
                       currency, sum(total) as revenue
                  from sold
                 group by year, month, currency
                 order by year, month, currency
                """, period.from(), period.to());
    }

    /** Per UTC day and currency: orders and revenue. */
    static Query dailyOrders(DayRange days) {
        return between(SOLD_ORDERS + """
                select (created_at at time zone 'UTC')::date as day, currency, count(*) as orders,
                       sum(total) as revenue
                  from sold
                 group by day, currency
                 order by day, currency
                """, days.start(), days.end());
    }

    private static Query between(String sql, Instant from, Instant to) {
        return Query.of(sql, ShopRows.timestamp(from), ShopRows.timestamp(to));
    }
}
