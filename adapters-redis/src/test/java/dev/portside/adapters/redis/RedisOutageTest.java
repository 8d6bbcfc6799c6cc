package dev.portside.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.redis.shared.CacheSettings;
import dev.portside.adapters.redis.shared.RedisServerProcess;
import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.adapters.redis.user.CachingUserRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.User;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.UserMother;
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
    private final InMemoryUserRepository storage = new InMemoryUserRepository(database);
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
            CachingUserRepository users = users(redis);
            User user = warm(users, save(users, UserMother.aUser().build()));

            server.stop();
            user = exercise(users, user);

            server.start();
            assertRecovers(redis, users, user);
        }
    }

    @Test
    void redis_paused_with_client_pause() throws Exception {
        try (TestRedis redis = connected(server.uri())) {
            CachingUserRepository users = users(redis);
            User user = warm(users, save(users, UserMother.aUser().build()));

            server.pause(Duration.ofMillis(2500));
            long pausedAt = System.nanoTime();
            user = exercise(users, user);
            waitUntil(pausedAt + Duration.ofMillis(2600).toNanos());

            // the update made during the pause must not be hidden by the entry cached before it
            assertRecovers(redis, users, user);
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
            CachingUserRepository users = users(redis);
            User user = warm(users, save(users, UserMother.aUser().build()));

            proxy.freezeAllPairs();
            user = exercise(users, user);

            proxy.unfreezeAllPairs();
            assertRecovers(redis, users, user);
        } finally {
            proxy.close();
            reactor.close();
        }
    }

    @Test
    void redis_down_at_startup_and_up_later() throws Exception {
        server.stop();
        try (TestRedis redis = TestRedis.at(server.uri(), SETTINGS)) {
            CachingUserRepository users = users(redis);
            User user = save(users, UserMother.aUser().build());

            user = exercise(users, user);

            server.start();
            assertRecovers(redis, users, user);
        }
    }

    /** Reads by every key and updates while Redis misbehaves; returns the user's latest state. */
    private User exercise(CachingUserRepository users, User start) {
        User current = start;
        for (int round = 0; round < 8; round++) {
            User expected = current;
            assertThat(within(() -> unitOfWork.execute(() -> users.findById(expected.id())))).contains(expected);
            assertThat(within(() -> unitOfWork.execute(() -> users.findByUsername(expected.username())))).contains(expected);
            assertThat(within(() -> unitOfWork.execute(() -> users.findByEmail(expected.email())))).contains(expected);
            current = within(() -> save(users, expected.updateProfile(Profile.of("Round", null, null))
                    .updateProfile(Profile.of("Round" + expected.version(), null, null))));
        }
        return current;
    }

    private void assertRecovers(TestRedis redis, CachingUserRepository users, User latest) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        double hitsBefore = redis.count(CachingUserRepository.CACHE, "hit");
        while (redis.count(CachingUserRepository.CACHE, "hit") == hitsBefore) {
            assertThat(System.nanoTime()).as("cache recovered within %s", RECOVERY_LIMIT).isLessThan(deadline);
            assertThat(within(() -> unitOfWork.execute(() -> users.findById(latest.id())))).contains(latest);
            Thread.sleep(50);
        }
        assertThat(unitOfWork.execute(() -> users.findById(latest.id()))).contains(latest);
    }

    private User warm(CachingUserRepository users, User user) {
        unitOfWork.execute(() -> users.findById(user.id()));
        assertThat(unitOfWork.execute(() -> users.findById(user.id()))).contains(user);
        return user;
    }

    private User save(CachingUserRepository users, User user) {
        return unitOfWork.execute(() -> users.save(user));
    }

    private CachingUserRepository users(TestRedis redis) {
        return new CachingUserRepository(storage, unitOfWork, redis.caches());
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
