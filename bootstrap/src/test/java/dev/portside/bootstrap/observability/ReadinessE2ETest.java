package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.redis.shared.RedisServerProcess;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Readiness that tells the truth, read by an allowed address (the monitoring host) while the service's
 * own Redis and then its own PostgreSQL are stopped: every component is shown; Redis down leaves the
 * instance ready (200) with the cache DEGRADED; PostgreSQL down turns readiness DOWN with 503 once the
 * storage has failed for {@code down-after}. Both servers are private to this test, so stopping them
 * disturbs nobody.
 */
@MicronautTest(transactional = false, environments = "redis")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessE2ETest implements TestPropertyProvider {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    private EmbeddedPostgres postgres;
    private RedisServerProcess redis;

    @Override
    public Map<String, String> getProperties() {
        try {
            if (postgres == null) { // asked more than once; the servers start once
                postgres = EmbeddedPostgres.builder().start();
                redis = RedisServerProcess.onFreePort().start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new HashMap<>(Traffic.adminProperties());
        properties.put("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "postgres");
        properties.put("datasources.default.connection-timeout", "1000");
        properties.put("redis.uri", redis.uri());
        properties.put("portside.readiness.probe-interval", "200ms");
        properties.put("portside.readiness.probe-timeout", "500ms");
        properties.put("portside.readiness.down-after", "1s");
        return properties;
    }

    @AfterAll
    void stopServers() throws IOException {
        redis.close();
        postgres.close();
    }

    @Test
    @Order(1)
    void with_everything_up_readiness_shows_each_component() {
        ApiResponse ready = awaitReadiness(r ->
                r.status() == 200 && "OK".equals(state(r, "cache")) && r.body().contains("roundTripMillis"));
        JsonNode details = ready.json().get("details");
        assertThat(details.get("storage").get("details").get("backend").getStringValue())
                .isEqualTo("postgres");
        assertThat(details.get("storage")
                        .get("details")
                        .get("roundTripMillis")
                        .getNumberValue()
                        .longValue())
                .isBetween(0L, 1000L);
        assertThat(details.get("pool").get("details").get("max").getIntValue()).isEqualTo(16);
        assertThat(details.get("pool").get("details").get("state").getStringValue())
                .isEqualTo("OK");
        assertThat(details.get("cache").get("details").get("redis").getStringValue())
                .isEqualTo("connected");
    }

    @Test
    @Order(2)
    void with_redis_down_the_instance_stays_ready_and_says_the_cache_is_degraded() throws IOException {
        redis.stop();

        ApiResponse ready = awaitReadiness(r -> "DEGRADED".equals(state(r, "cache")));

        System.out.println("sample readiness with Redis down: HTTP " + ready.status() + " " + ready.body());
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").getStringValue()).isEqualTo("UP");
        JsonNode cache = ready.json().get("details").get("cache").get("details");
        assertThat(cache.get("redis").getStringValue()).isEqualTo("unreachable");
        assertThat(state(ready, "storage")).isEqualTo("OK");
    }

    @Test
    @Order(3)
    void with_postgresql_down_readiness_answers_503_once_down_after_has_passed() throws IOException {
        postgres.close();

        ApiResponse down = awaitReadiness(r -> r.status() == 503);

        System.out.println(
                "sample readiness with PostgreSQL (and Redis) down: HTTP " + down.status() + " " + down.body());
        assertThat(down.json().get("status").getStringValue()).isEqualTo("DOWN");
        JsonNode storage = down.json().get("details").get("storage");
        assertThat(storage.get("status").getStringValue()).isEqualTo("DOWN");
        assertThat(storage.get("details").get("state").getStringValue()).isEqualTo("DOWN");
        assertThat(storage.get("details").get("lastError")).isNotNull();
        // liveness is not readiness: the process is fine, a restart would not help
        assertThat(new Traffic(server.getURI()).get("/health/liveness").status())
                .isEqualTo(200);
    }

    private ApiResponse awaitReadiness(Predicate<ApiResponse> condition) {
        Traffic traffic = new Traffic(server.getURI());
        Instant deadline = Instant.now().plus(PATIENCE);
        ApiResponse last;
        do {
            last = traffic.get("/health/readiness");
            if (condition.test(last)) {
                return last;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("readiness never got there; last answer: " + last);
    }

    private static String state(ApiResponse readiness, String component) {
        JsonNode details = readiness.json().get("details");
        if (details == null
                || details.get(component) == null
                || details.get(component).get("details") == null) {
            return null;
        }
        JsonNode state = details.get(component).get("details").get("state");
        return state == null ? null : state.getStringValue();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
