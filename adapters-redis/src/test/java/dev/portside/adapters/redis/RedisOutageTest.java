package dev.portside.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.redis.shared.CacheSettings;
import dev.portside.adapters.redis.shared.RedisServerProcess;
import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.adapters.redis.shop.CachingProductRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.ProductMother;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * Redis stopped, paused and unreachable, each with a redis-server of the test's own: every request
 * still succeeds within 500 ms with the right answer, and the cache serves hits again by itself once
 * Redis is back.
 */
class RedisOutageTest {

    private static final Duration REQUEST_LIMIT = Duration.ofMillis(500);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(15);
    private static final CacheSettings SETTINGS =
            CacheSettings.defaults(TestRedis.uniquePrefix()).withBreaker(3, Duration.ofMillis(300));

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryProductRepository storage = new InMemoryProductRepository(database);
    private RedisServerProcess server;

    @BeforeEach
    void startServer() throws Exception {
        server = RedisServerProcess.onFreePort().start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void redis_stopped_and_started_again() throws Exception {
        try (TestRedis redis = connected(server.uri())) {
            CachingProductRepository products = products(redis);
            Product product =
                    warm(products, save(products, ProductMother.aProduct().build()));

            server.stop();
            product = exercise(products, product);

            server.start();
            assertRecovers(redis, products, product);
        }
    }

    @Test
    void redis_paused_with_client_pause() throws Exception {
        try (TestRedis redis = connected(server.uri())) {
            CachingProductRepository products = products(redis);
            Product product =
                    warm(products, save(products, ProductMother.aProduct().build()));

            server.pause(Duration.ofMillis(2500));
            long pausedAt = System.nanoTime();
            product = exercise(products, product);
            waitUntil(pausedAt + Duration.ofMillis(2600).toNanos());

            // the update made during the pause must not be hidden by the entry cached before it
            assertRecovers(redis, products, product);
        }
    }

    @Test
    void redis_unreachable_behind_a_frozen_proxy() throws Exception {
        NioReactor reactor = new NioReactor();
        TcpCrusher proxy = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", RedisServerProcess.freePort())
                .withConnectAddress("127.0.0.1", server.port())
                .buildAndOpen();
        try (TestRedis redis = connected("redis://" + proxy.getBindAddress().getHostString() + ":"
                + proxy.getBindAddress().getPort())) {
            CachingProductRepository products = products(redis);
            Product product =
                    warm(products, save(products, ProductMother.aProduct().build()));

            proxy.freezeAllPairs();
            product = exercise(products, product);

            proxy.unfreezeAllPairs();
            assertRecovers(redis, products, product);
        } finally {
            proxy.close();
            reactor.close();
        }
    }

    @Test
    void redis_down_at_startup_and_up_later() throws Exception {
        server.stop();
        try (TestRedis redis = TestRedis.at(server.uri(), SETTINGS)) {
            CachingProductRepository products = products(redis);
            Product product = save(products, ProductMother.aProduct().build());

            product = exercise(products, product);

            server.start();
            assertRecovers(redis, products, product);
        }
    }

    /** Reads by every key and updates while Redis misbehaves; returns the product's latest state. */
    private Product exercise(CachingProductRepository products, Product start) {
        Product current = start;
        for (int round = 0; round < 8; round++) {
            Product expected = current;
            assertThat(within(() -> unitOfWork.execute(() -> products.findById(expected.id()))))
                    .contains(expected);
            assertThat(within(() -> unitOfWork.execute(() -> products.findBySku(expected.sku()))))
                    .contains(expected);
            current = within(() -> save(products, expected.restock(expected.stock() + 1)));
        }
        return current;
    }

    private void assertRecovers(TestRedis redis, CachingProductRepository products, Product latest)
            throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        double hitsBefore = redis.count(CachingProductRepository.CACHE, "hit");
        while (redis.count(CachingProductRepository.CACHE, "hit") == hitsBefore) {
            assertThat(System.nanoTime())
                    .as("cache recovered within %s", RECOVERY_LIMIT)
                    .isLessThan(deadline);
            assertThat(within(() -> unitOfWork.execute(() -> products.findById(latest.id()))))
                    .contains(latest);
            Thread.sleep(50);
        }
        assertThat(unitOfWork.execute(() -> products.findById(latest.id()))).contains(latest);
    }

    private Product warm(CachingProductRepository products, Product product) {
        unitOfWork.execute(() -> products.findById(product.id()));
        assertThat(unitOfWork.execute(() -> products.findById(product.id()))).contains(product);
        return product;
    }

    private Product save(CachingProductRepository products, Product product) {
        return unitOfWork.execute(() -> products.save(product));
    }

    private CachingProductRepository products(TestRedis redis) {
        return new CachingProductRepository(storage, unitOfWork, redis.caches());
    }

    private static TestRedis connected(String uri) {
        TestRedis redis = TestRedis.at(uri, SETTINGS);
        redis.awaitConnected(Duration.ofSeconds(5));
        return redis;
    }

    private static <T> T within(Supplier<T> request) {
        long start = System.nanoTime();
        T result = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("request time").isLessThan(REQUEST_LIMIT);
        return result;
    }

    private static void waitUntil(long nanoTime) throws InterruptedException {
        while (System.nanoTime() < nanoTime) {
            Thread.sleep(20);
        }
    }
}
