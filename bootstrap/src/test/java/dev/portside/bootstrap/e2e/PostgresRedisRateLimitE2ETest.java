package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.RateLimitScenarios;
import dev.portside.adapters.redis.testsupport.TestRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link RateLimitScenarios} on the {@code redis} configuration: the buckets live in the test Redis
 * ({@link TestRedisServer}: the environment's, a container or an embedded one), where every instance
 * of the service sees the same counts.
 */
@MicronautTest(transactional = false, environments = "redis")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRedisRateLimitE2ETest extends RateLimitScenarios implements OnRealServiceWithPostgres {

    static final String REDIS_URI = TestRedisServer.uri();
    private final String prefix =
            "portside-test-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnRealServiceWithPostgres.super.getProperties());
        properties.put("redis.uri", REDIS_URI);
        properties.put("portside.cache.key-prefix", prefix);
        properties.put("portside.rate-limit.auth-capacity", "3");
        properties.put("portside.rate-limit.writes-capacity", "5");
        properties.put("portside.rate-limit.reads-capacity", "8");
        return properties;
    }

    @Test
    void buckets_are_kept_in_redis_where_every_instance_shares_them() throws InterruptedException {
        // the connection opens in the background: until it is up the limiter fails open
        long deadline = System.nanoTime() + 5_000_000_000L;
        RedisClient client = RedisClient.create(REDIS_URI);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            boolean stored = false;
            while (!stored && System.nanoTime() < deadline) {
                api().get("/api/posts", null);
                stored = !connection
                        .sync()
                        .keys(prefix + ":v1:ratelimit:reads:*")
                        .isEmpty();
                if (!stored) {
                    Thread.sleep(100);
                }
            }
            assertThat(stored).as("a reads bucket under %s in Redis", prefix).isTrue();
        } finally {
            client.shutdown();
        }
    }
}
