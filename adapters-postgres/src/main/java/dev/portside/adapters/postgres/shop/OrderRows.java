package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shop.port.SalesReport;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code orders} table, read with its lines in one statement for a single order as for a page,
 * and the report aggregations over orders and their lines. Each statement is backed by an index of
 * V4__shop.sql (ShopQueryPlansTest explains what these methods send).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderRows extends GenericRepository<OrderRow, UUID> {

    String LINE_COLUMNS = "select o.id, o.customer_id, o.status, o.currency, o.created_at, o.version,"
            + " i.product_id, i.sku, i.name, i.category, i.quantity, i.unit_price";

    String FILTER = """
             where (cast(:customerId as uuid) is null or o.customer_id = :customerId)
               and (cast(:status as text) is null or o.status = :status)
            """;

    /** Lines sold in a period, with their order: from inclusive, to exclusive, cancelled orders left out. */
    String SOLD_LINES = """
              from orders o join order_items i on i.order_id = o.id
             where o.created_at >= :from and o.created_at < :to and o.status <> 'CANCELLED'
            """;

    /** One row per order sold in the period, with its total. */
    String SOLD_ORDERS = """
            with sold as (
                select o.id, o.customer_id, o.currency, o.created_at, sum(i.quantity * i.unit_price) as total
            """ + SOLD_LINES + """
                 group by o.id)
            """;

    /** The order with its lines, one row per line. */
    @Query(LINE_COLUMNS + """
             from orders o join order_items i on i.order_id = o.id
             where o.id = :id
             order by i.line_no
            """)
    List<OrderLineRow> findWithLines(UUID id);

    /** Inserts at version 1; an existing id inserts nothing (0 rows: the caller reports a version conflict). */
    @Query("""
            insert into orders (id, customer_id, status, currency, created_at, version)
            values (:id, :customerId, :status, :currency, :createdAt, 1)
            on conflict (id) do nothing
            """)
    int insert(UUID id, UUID customerId, String status, String currency, Instant createdAt);

    /** Lines never change, so an update is the status, from the version the order was read at. */
    @Query("update orders set status = :status, version = version + 1 where id = :id and version = :version")
    int updateStatus(UUID id, long version, String status);

    /**
     * One page of orders with their lines in a single statement: the page is cut from orders alone
     * (index on customer, status or creation time, then id), then joined to its lines.
     */
    @Query("with page as (select * from orders o" + FILTER + " order by o.created_at asc, o.id asc"
            + " limit :limit offset :offset) " + LINE_COLUMNS + " from page o join order_items i on i.order_id = o.id"
            + " order by o.created_at asc, o.id asc, i.line_no")
    List<OrderLineRow> pageOldestFirst(@Nullable UUID customerId, @Nullable String status, int limit, long offset);

    @Query("with page as (select * from orders o" + FILTER + " order by o.created_at desc, o.id desc"
            + " limit :limit offset :offset) " + LINE_COLUMNS + " from page o join order_items i on i.order_id = o.id"
            + " order by o.created_at desc, o.id desc, i.line_no")
    List<OrderLineRow> pageNewestFirst(@Nullable UUID customerId, @Nullable String status, int limit, long offset);

    @Query("select count(*) from orders o" + FILTER)
    long countMatching(@Nullable UUID customerId, @Nullable String status);

    /** Per currency and category (as snapshotted on the lines): revenue. */
    @Query("select o.currency, i.category, sum(i.quantity * i.unit_price) as revenue\n" + SOLD_LINES + """
             group by o.currency, i.category
             order by o.currency, revenue desc, i.category collate "C"
            """)
    List<CategoryRevenueRow> revenueByCategory(Instant from, Instant to);

    /** Per currency: orders and revenue. */
    @Query(SOLD_ORDERS + """
            select currency, count(*) as orders, sum(total) as revenue
              from sold
             group by currency
             order by currency
            """)
    List<OrderValueRow> orderValues(Instant from, Instant to);

    /** Per currency the customers with the highest revenue (ties by id), with their orders and revenue. */
    @Query(SOLD_ORDERS + """
            , ranked as (
                select currency, customer_id, count(*) as orders, sum(total) as revenue,
                       row_number() over (partition by currency order by sum(total) desc, customer_id) as rank
                  from sold
                 group by currency, customer_id)
            select currency, customer_id, orders, revenue
              from ranked
            """ + " where rank <= " + SalesReport.TOP_CUSTOMERS
            + "\n order by currency, revenue desc, customer_id\n")
    List<CustomerRevenueRow> topCustomers(Instant from, Instant to);

    /** Per UTC month and currency: revenue. */
    @Query(SOLD_ORDERS + """
            select extract(year from created_at at time zone 'UTC')::int as year,
                   extract(month from created_at at time zone 'UTC')::int as month,
                   currency, sum(total) as revenue
              from sold
             group by year, month, currency
             order by year, month, currency
            """)
    List<MonthlyRevenueRow> monthlyRevenue(Instant from, Instant to);

    /** Per UTC day and currency: orders and revenue. */
    @Query(SOLD_ORDERS + """
            select (created_at at time zone 'UTC')::date as day, currency, count(*) as orders,
                   sum(total) as revenue
              from sold
             group by day, currency
             order by day, currency
            """)
    List<DailyOrdersRow> dailyOrders(Instant from, Instant to);
}
