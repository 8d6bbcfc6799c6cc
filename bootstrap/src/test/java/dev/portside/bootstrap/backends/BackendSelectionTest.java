package dev.portside.bootstrap.backends;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.redis.testsupport.TestRedisServer;
import dev.portside.bootstrap.observability.DrivenPortObservation;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.user.port.UserRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.transaction.TransactionOperations;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The Micronaut environment alone chooses what starts (docs/architecture.md, "Choosing backends"): each test builds
 * its own context with exactly the configuration it names, the way {@code Application} would.
 */
class BackendSelectionTest {

    private static final String POSTGRES_ADAPTERS = "dev.portside.adapters.postgres.";
    private static final String MONGO_ADAPTERS = "dev.portside.adapters.mongo.";

    @Test
    void by_default_postgres_starts_with_flyway_and_no_mongo_client() throws SQLException {
        Map<String, Object> postgres = FreshDatabases.postgres();
        try (ApplicationContext context = start(postgres)) {
            assertThat(onlyUnitOfWork(context).getClass().getName()).startsWith(POSTGRES_ADAPTERS);
            assertThat(context.containsBean(DataSource.class)).isTrue();
            assertThat(context.getBeansOfType(TransactionOperations.class)).hasSize(1);
            assertThat(appliedMigrations(postgres)).as("Flyway ran on startup").isGreaterThanOrEqualTo(5);
            assertOneTimedOutbox(context, POSTGRES_ADAPTERS + "event.PostgresOutbox");

            assertThat(context.getBeanDefinitions(MongoStorage.class)).isEmpty();
            assertThat(context.getActiveBeanRegistrations(MongoClient.class))
                    .as("Mongo clients started")
                    .isEmpty();
        }
    }

    @Test
    void a_stray_mongodb_uri_without_the_mongo_environment_starts_no_mongo_client() {
        Map<String, Object> properties = new HashMap<>(FreshDatabases.postgres());
        properties.put("mongodb.uri", FreshDatabases.mongo().get("mongodb.uri"));
        try (ApplicationContext context = start(properties)) {
            assertThat(onlyUnitOfWork(context).getClass().getName()).startsWith(POSTGRES_ADAPTERS);
            context.getBean(UserRepository.class);
            assertThat(context.getBeansOfType(TransactionOperations.class))
                    .as("transaction managers")
                    .hasSize(1)
                    .allSatisfy(
                            manager -> assertThat(manager.getClass().getName()).doesNotContain("mongodb"));
            assertThat(context.getBeanDefinitions(MongoStorage.class)).isEmpty();
            assertThat(context.getActiveBeanRegistrations(MongoClient.class)).isEmpty();
        }
    }

    @Test
    void on_mongo_no_jdbc_pool_no_flyway_and_only_the_mongo_unit_of_work() {
        try (ApplicationContext context = start(FreshDatabases.mongo(), "mongo")) {
            assertThat(onlyUnitOfWork(context).getClass().getName())
                    .isEqualTo(MONGO_ADAPTERS + "shared.MongoUnitOfWork");
            assertThat(context.containsBean(DataSource.class))
                    .as("a DataSource (Hikari pool)")
                    .isFalse();
            assertThat(context.getBeansOfType(DataSource.class)).isEmpty();
            // Micronaut Data MongoDB's own transaction operations, never a JDBC one: one manager per context
            assertThat(context.getBeansOfType(TransactionOperations.class))
                    .as("transaction managers")
                    .hasSize(1)
                    .allSatisfy(manager ->
                            assertThat(manager.getClass().getName()).startsWith("io.micronaut.data.mongodb."));
            assertThat(context.getBeansOfType(FlywayConfigurationProperties.class))
                    .as("enabled Flyway configurations")
                    .noneMatch(FlywayConfigurationProperties::isEnabled);
            assertThat(storageAdapters(context))
                    .allSatisfy(name -> assertThat(name).startsWith(MONGO_ADAPTERS));
            assertOneTimedOutbox(context, MONGO_ADAPTERS + "event.MongoOutbox");
        }
    }

    @Test
    void on_mongo_with_redis_the_cached_ports_decorate_the_mongo_adapters() {
        Map<String, Object> properties = new HashMap<>(FreshDatabases.mongo());
        properties.put("redis.uri", TestRedisServer.uri());
        properties.put(
                "portside.cache.key-prefix",
                "portside-test-" + UUID.randomUUID().toString().substring(0, 8));
        try (ApplicationContext context = start(properties, "mongo", "redis")) {
            assertThat(onlyUnitOfWork(context).getClass().getName())
                    .isEqualTo(MONGO_ADAPTERS + "shared.MongoUnitOfWork");
            assertThat(context.getBeansOfType(DataSource.class)).isEmpty();

            assertDecorates(
                    context.getBean(ProductRepository.class), ProductRepository.class, "CachingProductRepository");
            assertDecorates(context.getBean(PostRepository.class), PostRepository.class, "CachingPostRepository");
            // users are not cached (ADR 17): the port is the MongoDB adapter itself
            assertThat(adapter(context.getBean(UserRepository.class)).getClass().getName())
                    .startsWith(MONGO_ADAPTERS);
        }
    }

    private static ApplicationContext start(Map<String, Object> properties, String... environments) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(environments)
                .properties(properties)
                .start();
    }

    private static UnitOfWork onlyUnitOfWork(ApplicationContext context) {
        Collection<UnitOfWork> units = context.getBeansOfType(UnitOfWork.class);
        assertThat(units)
                .as("units of work (transaction managers) in this configuration")
                .hasSize(1);
        return units.iterator().next();
    }

    private static java.util.List<String> storageAdapters(ApplicationContext context) {
        return java.util.stream.Stream.of(UserRepository.class, ProductRepository.class, PostRepository.class)
                .<Object>map(context::getBean)
                .map(bean -> adapter(bean).getClass().getName())
                .toList();
    }

    /** The bean is the named Redis decorator, and the port it wraps is the MongoDB adapter's. */
    private static <P> void assertDecorates(P port, Class<P> type, String decorator) {
        Object bean = adapter(port);
        assertThat(bean.getClass().getName())
                .startsWith("dev.portside.adapters.redis.")
                .endsWith("." + decorator);
        assertThat(wrapped(bean, type).getClass().getName()).startsWith(MONGO_ADAPTERS);
    }

    /**
     * The storage's outbox is one bean for both outbox ports, under one timing proxy of both (ADR 20),
     * as a MongoLedger is for its three.
     */
    private static void assertOneTimedOutbox(ApplicationContext context, String adapterClass) {
        Outbox outbox = context.getBean(Outbox.class);
        assertThat(context.getBean(OutboxFeed.class)).isSameAs(outbox);
        assertThat(Proxy.isProxyClass(outbox.getClass())).as("a timing proxy").isTrue();
        assertThat(adapter(outbox).getClass().getName()).isEqualTo(adapterClass);
    }

    /** What implements a port under the timing proxy the composition root puts around it (ADR 20). */
    private static Object adapter(Object port) {
        return DrivenPortObservation.target(port);
    }

    private static Object wrapped(Object decorator, Class<?> port) {
        for (Field field : decorator.getClass().getDeclaredFields()) {
            if (field.getType().equals(port)) {
                field.setAccessible(true);
                try {
                    return field.get(decorator);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError(decorator.getClass().getName() + " holds no " + port.getSimpleName());
    }

    private static int appliedMigrations(Map<String, Object> postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        (String) postgres.get("datasources.default.url"),
                        (String) postgres.get("datasources.default.username"),
                        (String) postgres.get("datasources.default.password"));
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from flyway_schema_history where success")) {
            count.next();
            return count.getInt(1);
        }
    }
}
