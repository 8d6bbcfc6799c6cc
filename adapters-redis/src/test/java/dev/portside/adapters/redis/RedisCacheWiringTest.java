package dev.portside.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.redis.blog.CachingPostRepository;
import dev.portside.adapters.redis.shared.RedisServerProcess;
import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.adapters.redis.shop.CachingProductRepository;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.ProductMother;
import dev.portside.testkit.user.InMemoryUserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The module inside Micronaut: what the {@code redis} environment switches on, and the readiness it reports. */
class RedisCacheWiringTest {

    @Test
    void on_the_redis_environment_every_cached_port_is_decorated() {
        try (ApplicationContext context = start(TestRedis.SHARED_URI)) {
            assertThat(context.getBean(ProductRepository.class)).isInstanceOf(CachingProductRepository.class);
            assertThat(context.getBean(PostRepository.class)).isInstanceOf(CachingPostRepository.class);
            // users are not cached: a cached user would carry its password hash (ADR 17)
            assertThat(context.getBean(UserRepository.class)).isInstanceOf(InMemoryUserRepository.class);
        }
    }

    @Test
    void without_the_redis_environment_nothing_is_decorated_and_no_redis_client_starts() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("test.in-memory-storage", "true"))) {
            assertThat(context.getBean(ProductRepository.class)).isInstanceOf(InMemoryProductRepository.class);
            assertThat(context.containsBean(io.lettuce.core.RedisClient.class)).isFalse();
        }
    }

    @Test
    void readiness_is_up_and_ok_with_redis_and_meters_count_the_reads() throws InterruptedException {
        try (ApplicationContext context = start(TestRedis.SHARED_URI)) {
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
            ProductRepository products = context.getBean(ProductRepository.class);
            var saved = unitOfWork.execute(
                    () -> products.save(ProductMother.aProduct().build()));
            awaitOk(context);

            unitOfWork.execute(() -> products.findById(saved.id()));
            unitOfWork.execute(() -> products.findById(saved.id()));

            HealthResult health = cacheHealth(context);
            assertThat(health.getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(details(health)).containsEntry("state", "OK").containsEntry("redis", "connected");
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("portside.cache.gets")
                            .tag("cache", "product")
                            .tag("result", "hit")
                            .counter()
                            .count())
                    .isEqualTo(1);
        }
    }

    @Test
    void readiness_stays_up_but_reports_degraded_when_redis_is_unreachable() throws Exception {
        try (ApplicationContext context = start("redis://127.0.0.1:" + RedisServerProcess.freePort())) {
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
            ProductRepository products = context.getBean(ProductRepository.class);
            var saved = unitOfWork.execute(
                    () -> products.save(ProductMother.aProduct().build()));

            assertThat(unitOfWork.execute(() -> products.findById(saved.id()))).contains(saved);

            HealthResult health = cacheHealth(context);
            assertThat(health.getStatus()).isEqualTo(HealthStatus.UP);
            assertThat(details(health)).containsEntry("state", "DEGRADED").containsEntry("redis", "unreachable");
            // Micronaut Redis's own indicator would report DOWN and fail readiness: it is switched off
            assertThat(context.getBeansOfType(HealthIndicator.class))
                    .noneMatch(indicator -> indicator.getClass().getSimpleName().equals("RedisHealthIndicator"));
        }
    }

    @Test
    void without_REDIS_URI_the_documented_default_address_is_used() {
        String expected = Optional.ofNullable(System.getenv("REDIS_URI")).orElse("redis://127.0.0.1:6379");
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("test.in-memory-storage", "true", "portside.cache.key-prefix", prefix), "redis")) {
            assertThat(context.getProperty("redis.uri", String.class)).contains(expected);
            // the client is what failed with "URI scheme must not be null" when the default lost its colons
            assertThat(context.getBean(io.lettuce.core.RedisClient.class)).isNotNull();
        }
    }

    @Test
    void a_redis_uri_without_a_scheme_stops_the_start_naming_REDIS_URI() {
        assertThatThrownBy(() -> start("127.0.0.1:6379").close())
                .hasRootCauseInstanceOf(ConfigurationException.class)
                .rootCause()
                .hasMessage("invalid setting REDIS_URI (redis.uri): "
                        + "must be a URI such as redis://host:6379 (or rediss:// for TLS)");
    }

    private final String prefix = TestRedis.uniquePrefix();

    @AfterEach
    void deleteKeys() {
        TestRedis.deleteKeys(TestRedis.SHARED_URI, prefix);
    }

    private ApplicationContext start(String redisUri) {
        return ApplicationContext.run(
                Map.of(
                        "test.in-memory-storage", "true",
                        "redis.uri", redisUri,
                        "portside.cache.key-prefix", prefix),
                "redis");
    }

    /** The connection is opened in the background; give it a moment. */
    private static void awaitOk(ApplicationContext context) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!"OK".equals(details(cacheHealth(context)).get("state")) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static HealthResult cacheHealth(ApplicationContext context) {
        return context.getBeansOfType(HealthIndicator.class).stream()
                .map(indicator -> Mono.from(indicator.getResult()).block())
                .filter(result -> result != null && "cache".equals(result.getName()))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(HealthResult result) {
        return (Map<String, Object>) result.getDetails();
    }
}
