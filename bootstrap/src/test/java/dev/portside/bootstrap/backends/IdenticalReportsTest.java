package dev.portside.bootstrap.backends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.migration.BackendPorts;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.DayRange;
import dev.portside.domain.shop.port.OrderValue;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReport;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same data stored through the ports into PostgreSQL and into MongoDB gives the same reports,
 * statistics and listings: SQL aggregations and aggregation pipelines agree, which is what lets a
 * team switch backends without its numbers moving. Each backend gets a database of its own, so the
 * totals are exactly those of {@link ReferenceData}; a few known figures are checked too, so that
 * "equal" can never mean "both empty".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdenticalReportsTest {

    private ApplicationContext postgres;
    private ApplicationContext mongo;

    @BeforeAll
    void seedBothBackends() {
        postgres = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(FreshDatabases.postgres())
                .start();
        mongo = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("mongo")
                .properties(FreshDatabases.mongo())
                .start();
        ReferenceData.seed(BackendPorts.of(postgres));
        ReferenceData.seed(BackendPorts.of(mongo));
    }

    @AfterAll
    void close() {
        if (mongo != null) {
            mongo.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sales_reports_are_identical() {
        ReportPeriod firstQuarter =
                new ReportPeriod(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        SalesReport report = same(SalesReports.class, reports -> reports.salesReport(firstQuarter));

        assertThat(report.averageOrderValue())
                .containsExactly(
                        new OrderValue(4, Money.of("427.75", "EUR")), new OrderValue(2, Money.of("71.00", "USD")));
        assertThat(report.revenueByCategory()).hasSize(4);
        assertThat(report.monthlyRevenue())
                .as("January EUR, February USD, March EUR")
                .hasSize(3);
        assertThat(report.topCustomers()).hasSize(6);

        same(
                SalesReports.class,
                reports -> reports.salesReport(new ReportPeriod(
                        Instant.parse("2025-01-15T23:59:59Z"), Instant.parse("2025-02-28T23:00:00Z"))));
    }

    @Test
    void daily_order_reports_are_identical() {
        var days = same(
                DailyOrderReport.class,
                report ->
                        report.dailyOrders(new DayRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31"))));

        assertThat(days)
                .extracting(day -> day.day().toString())
                .containsExactly("2025-01-15", "2025-02-01", "2025-02-28", "2025-03-03", "2025-03-30");
    }

    @Test
    void user_statistics_are_identical() {
        UserStats stats = same(UserStatistics.class, statistics -> statistics.summarize(ReferenceData.NOW));

        assertThat(stats.count(UserStatus.ACTIVE)).isEqualTo(5);
        assertThat(stats.count(UserStatus.DELETED)).isEqualTo(1);
        assertThat(stats.activeInLast30Days())
                .as("alice, bob (exactly 30 days ago) and frank")
                .isEqualTo(3);
    }

    @Test
    void blog_statistics_are_identical() {
        var perAuthor = same(BlogStatistics.class, BlogStatistics::postsPerAuthor);
        long active = same(
                BlogStatistics.class,
                statistics -> statistics.authorsActiveSince(Instant.parse("2025-02-14T10:00:00Z")));

        assertThat(perAuthor)
                .extracting(line -> line.author().username())
                .containsExactly("frank", "carol", "Bob", "alice");
        assertThat(active).isEqualTo(3);
    }

    @Test
    void ledger_balances_are_identical() {
        List<LedgerBalance> balances =
                same(LedgerBalances.class, ledger -> ledger.ledgerBalances(ReferenceData.ACCOUNTS));

        assertThat(balances)
                .extracting(LedgerBalance::balance)
                .as("in uuid order, unsigned: bob (0...), alice (f...), carol (f...); frank has no entries")
                .containsExactly(Money.of("40.00", "EUR"), Money.of("170.00", "EUR"), Money.of("75.00", "USD"));
    }

    @Test
    void post_listings_are_identical() {
        var newest = same(
                PostCatalog.class,
                catalog -> catalog.search(
                        PostSearch.everything(),
                        new PageRequest<>(0, 3, PostSortField.PUBLISHED_AT, SortDirection.DESC)));
        var java = same(
                PostCatalog.class,
                catalog -> catalog.search(
                        PostSearch.everything().withText("java"),
                        new PageRequest<>(0, 10, PostSortField.TITLE, SortDirection.ASC)));
        same(
                PostCatalog.class,
                catalog -> catalog.search(
                        PostSearch.everything().withTags(TagMode.ALL, "architecture", "java"),
                        new PageRequest<>(0, 10, PostSortField.PUBLISHED_AT, SortDirection.ASC)));
        same(
                CommentCatalog.class,
                catalog -> catalog.commentsOf(
                        ReferenceData.PORTS,
                        new PageRequest<>(0, 10, CommentSortField.CREATED_AT, SortDirection.DESC)));

        assertThat(newest.totalItems()).isEqualTo(4);
        assertThat(java.items())
                .extracting(summary -> summary.post().title().value())
                .containsExactly("Hexagonal JAVA", "Ports and Adapters", "apple pie");
    }

    @Test
    void product_and_user_searches_are_identical() {
        var keyboards = same(
                ProductRepository.class,
                products -> products.search(
                        ProductSearch.text("KEY"),
                        new PageRequest<>(0, 10, ProductSortField.PRICE, SortDirection.DESC)));
        same(
                ProductRepository.class,
                products -> products.search(
                        ProductSearch.category(new Category("ACCESSORIES")),
                        new PageRequest<>(0, 2, ProductSortField.NAME, SortDirection.ASC)));
        same(
                UserRepository.class,
                users -> users.search(
                        UserSearch.of("A", null),
                        new PageRequest<>(0, 10, UserSortField.LAST_LOGIN_AT, SortDirection.DESC)));

        assertThat(keyboards.items())
                .extracting(product -> product.sku().value())
                .containsExactly("KB-1", "KC-6");
    }

    /** Asks both backends the same question, each in its own unit of work, and expects one answer. */
    private <P, R> R same(Class<P> port, Function<P, R> question) {
        R onPostgres = ask(postgres, port, question);
        R onMongo = ask(mongo, port, question);
        assertThat(onMongo)
                .as("%s on MongoDB vs PostgreSQL", port.getSimpleName())
                .isEqualTo(onPostgres);
        return onPostgres;
    }

    private static <P, R> R ask(ApplicationContext context, Class<P> port, Function<P, R> question) {
        P bean = context.getBean(port);
        return context.getBean(UnitOfWork.class).execute(() -> question.apply(bean));
    }
}
