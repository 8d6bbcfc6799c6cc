package dev.portside.adapters.postgres.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DayRange;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hot shop query is backed by an index. The test loads a realistic volume (20,000 products,
 * 60,000 orders over 34 years with 120,000 lines), analyzes the tables, then calls the ports with
 * representative parameters and {@code EXPLAIN}s the statements Micronaut Data really sent (captured
 * with their parameters by {@link StatementRecorder}): no plan may scan a shop table sequentially, and
 * each must use the index meant for it.
 *
 * <p>Not checked, on purpose: the totals of unfiltered listings ({@code select count(*) from
 * products}), which count the whole table by definition, and reports over periods that cover a large
 * share of all orders, where reading the lines sequentially is the cheaper and correct plan. The
 * report ranges here are 30 days, the daily report's default.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopQueryPlansTest implements OnTestPostgres {

    private static final int PRODUCTS = 20_000;
    private static final int ORDERS = 60_000;
    private static final int CUSTOMERS = 3_000;
    private static final Pattern SEQ_SCAN_ON_SHOP_TABLE =
            Pattern.compile("Seq Scan on (products|orders|order_items)\\b");

    /** Ids the data set uses, so the test can name rows: product n, order n, customer n. */
    private static final int PAGE = 0;

    private static final int TOTAL = 1;

    private static final String PRODUCT_ID = "00000000-0000-7000-8000-";
    private static final String ORDER_ID = "00000000-0000-7001-8000-";
    private static final String CUSTOMER_ID = "00000000-0000-7002-8000-";

    private static final String LOAD_PRODUCTS = """
            insert into products (id, sku, name, category, price, currency, stock, created_at, version)
            select ('%1$s' || lpad(to_hex(n), 12, '0'))::uuid, 'PLAN-' || lpad(n::text, 6, '0'),
                   'Plan product ' || md5(n::text), 'Plan category ' || (n %% 200), 1 + n %% 500, 'EUR', 100,
                   timestamptz '2020-01-01 00:00:00Z' + n * interval '1 hour', 1
              from generate_series(1, %2$d) n
            """.formatted(PRODUCT_ID, PRODUCTS);
    // mostly delivered, a few in every other status; one order every 5 hours from 2020 to 2054
    private static final String LOAD_ORDERS = """
            insert into orders (id, customer_id, status, currency, created_at, version)
            select ('%1$s' || lpad(to_hex(n), 12, '0'))::uuid, ('%2$s' || lpad(to_hex(n %% %3$d), 12, '0'))::uuid,
                   case when n %% 100 < 85 then 'DELIVERED' when n %% 100 < 90 then 'SHIPPED'
                        when n %% 100 < 93 then 'PROCESSING' when n %% 100 < 97 then 'PENDING' else 'CANCELLED' end,
                   'EUR', timestamptz '2020-01-01 00:00:00Z' + n * interval '5 hours', 1
              from generate_series(1, %4$d) n
            """.formatted(ORDER_ID, CUSTOMER_ID, CUSTOMERS, ORDERS);
    private static final String LOAD_ORDER_ITEMS = """
            insert into order_items (order_id, line_no, product_id, sku, name, category, quantity, unit_price)
            select ('%1$s' || lpad(to_hex(n), 12, '0'))::uuid, l, p.id, p.sku, p.name, p.category,
                   1 + (n + l) %% 5, p.price
              from generate_series(1, %3$d) n cross join generate_series(1, 2) l
              join products p
                on p.id = ('%2$s' || lpad(to_hex((n * 7 + l * 13) %% %4$d + 1), 12, '0'))::uuid
             order by 1, 2
            """.formatted(ORDER_ID, PRODUCT_ID, ORDERS, PRODUCTS);

    @Inject
    ProductRepository products;

    @Inject
    OrderRepository orders;

    @Inject
    SalesReports reports;

    @Inject
    DailyOrderReport dailyReport;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void loadAndAnalyze() {
        if (TestPostgres.database().count("select count(*) from products where sku = ?", "PLAN-000001") == 0) {
            QueryPlans.run(LOAD_PRODUCTS, LOAD_ORDERS, LOAD_ORDER_ITEMS);
        }
        // A bulk load leaves the new trigram entries in the GIN pending list (fastupdate), which the
        // planner prices as a scan of its own; autovacuum merges it in production, this does the same
        // now instead of waiting for it.
        QueryPlans.run(
                "select gin_clean_pending_list('products_name_trgm'::regclass)",
                "select gin_clean_pending_list('products_sku_trgm'::regclass)",
                "analyze products, orders, order_items");
    }

    Stream<Arguments> hotQueries() {
        PageRequest<ProductSortField> byName = new PageRequest<>(0, 20, ProductSortField.NAME, SortDirection.ASC);
        ProductSearch text = ProductSearch.text(md5("4242").substring(3, 9).toUpperCase(Locale.ROOT));
        ProductSearch category = ProductSearch.category(Category.of("PLAN CATEGORY 42"));
        PageRequest<OrderSortField> newestFirst =
                new PageRequest<>(0, 20, OrderSortField.CREATED_AT, SortDirection.DESC);
        OrderSearch customer = OrderSearch.of(new UserId(id(CUSTOMER_ID, 42)));
        OrderSearch pending = OrderSearch.all().withStatus(OrderStatus.PENDING);
        ReportPeriod month =
                new ReportPeriod(Instant.parse("2031-03-01T00:00:00Z"), Instant.parse("2031-03-31T00:00:00Z"));
        DayRange thirtyDays = new DayRange(LocalDate.parse("2031-03-02"), LocalDate.parse("2031-03-31"));
        return Stream.of(
                plan("product by id", PAGE, () -> products.findById(productId(42)), "products_pkey"),
                plan("product by sku", PAGE, () -> products.findBySku(Sku.of("PLAN-004242")), "products_sku_unique"),
                plan(
                        "lock products by id",
                        PAGE,
                        () -> products.lockAllById(List.of(productId(17_000), productId(42), productId(4242))),
                        "products_pkey"),
                plan(
                        "product search by text",
                        PAGE,
                        () -> products.search(text, byName),
                        "products_name_trgm",
                        "products_sku_trgm"),
                plan(
                        "product search by text, total",
                        TOTAL,
                        () -> products.search(text, byName),
                        "products_name_trgm",
                        "products_sku_trgm"),
                plan(
                        "product search by category",
                        PAGE,
                        () -> products.search(
                                category, new PageRequest<>(0, 20, ProductSortField.PRICE, SortDirection.DESC)),
                        "products_category_lower"),
                plan(
                        "product search by category, total",
                        TOTAL,
                        () -> products.search(category, byName),
                        "products_category_lower"),
                plan(
                        "product search by text and category",
                        PAGE,
                        () -> products.search(text.withCategory(Category.of("plan category 42")), byName),
                        "products_category_lower"),
                plan(
                        "products by name",
                        PAGE,
                        () -> products.search(
                                ProductSearch.all(),
                                new PageRequest<>(2, 20, ProductSortField.NAME, SortDirection.DESC)),
                        "products_name_order"),
                plan(
                        "products by price",
                        PAGE,
                        () -> products.search(
                                ProductSearch.all(),
                                new PageRequest<>(0, 20, ProductSortField.PRICE, SortDirection.ASC)),
                        "products_price_order"),
                plan(
                        "products by creation time",
                        PAGE,
                        () -> products.search(
                                ProductSearch.all(),
                                new PageRequest<>(0, 20, ProductSortField.CREATED_AT, SortDirection.DESC)),
                        "products_created_at_order"),
                plan(
                        "order by id with its lines",
                        PAGE,
                        () -> orders.findById(new OrderId(id(ORDER_ID, 4242))),
                        "orders_pkey",
                        "order_items_"),
                plan(
                        "orders of a customer",
                        PAGE,
                        () -> orders.search(customer, newestFirst),
                        "orders_customer_created_at",
                        "order_items_"),
                plan(
                        "orders of a customer, total",
                        TOTAL,
                        () -> orders.search(customer, newestFirst),
                        "orders_customer_created_at"),
                plan(
                        "orders of a customer in a status",
                        PAGE,
                        () -> orders.search(customer.withStatus(OrderStatus.DELIVERED), newestFirst),
                        "orders_customer_created_at",
                        "order_items_"),
                plan(
                        "orders in a status",
                        PAGE,
                        () -> orders.search(pending, newestFirst),
                        "orders_status_created_at",
                        "order_items_"),
                plan(
                        "orders in a status, total",
                        TOTAL,
                        () -> orders.search(pending, newestFirst),
                        "orders_status_created_at"),
                plan(
                        "all orders newest first",
                        PAGE,
                        () -> orders.search(OrderSearch.all(), newestFirst),
                        "orders_created_at",
                        "order_items_"),
                plan(
                        "sales report: revenue by category",
                        0,
                        () -> reports.salesReport(month),
                        "orders_created_at",
                        "order_items_pkey"),
                plan(
                        "sales report: order values",
                        1,
                        () -> reports.salesReport(month),
                        "orders_created_at",
                        "order_items_pkey"),
                plan(
                        "sales report: top customers",
                        2,
                        () -> reports.salesReport(month),
                        "orders_created_at",
                        "order_items_pkey"),
                plan(
                        "sales report: monthly revenue",
                        3,
                        () -> reports.salesReport(month),
                        "orders_created_at",
                        "order_items_pkey"),
                plan(
                        "daily order report",
                        PAGE,
                        () -> dailyReport.dailyOrders(thirtyDays),
                        "orders_created_at",
                        "order_items_pkey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hotQueries")
    void uses_an_index_and_never_scans_a_shop_table(String name, int statement, Runnable call, List<String> indexes) {
        List<StatementRecorder.Executed> executed = unitOfWork.execute(() -> {
            recorder.clear();
            call.run();
            return recorder.executed();
        });
        assertThat(executed).as(QueryPlans.describe(executed)).hasSizeGreaterThan(statement);
        String plan = QueryPlans.explain(executed.get(statement));

        assertThat(SEQ_SCAN_ON_SHOP_TABLE.matcher(plan).find())
                .as("sequential scan in the plan of %s:%n%s", name, plan)
                .isFalse();
        assertThat(plan).as("plan of %s", name).contains(indexes);
    }

    /** Which statement of a call to explain: a search sends its page, then its total. */
    private static Arguments plan(String name, int statement, Runnable call, String... indexes) {
        return Arguments.of(name, statement, call, List.of(indexes));
    }

    private static ProductId productId(int n) {
        return new ProductId(id(PRODUCT_ID, n));
    }

    private static UUID id(String prefix, int n) {
        return UUID.fromString(prefix + "%012x".formatted(n));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
