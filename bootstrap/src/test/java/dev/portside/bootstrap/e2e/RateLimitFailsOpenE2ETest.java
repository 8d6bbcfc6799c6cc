package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiClient;
import dev.portside.adapters.http.scenarios.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** On {@code redis} with Redis unreachable, the limiter lets requests through instead of refusing them. */
@MicronautTest(transactional = false, environments = "redis")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitFailsOpenE2ETest implements OnRealServiceWithPostgres {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnRealServiceWithPostgres.super.getProperties());
        properties.put("redis.uri", "redis://127.0.0.1:1"); // nothing listens there
        properties.put("portside.rate-limit.reads-capacity", "2");
        return properties;
    }

    @Test
    void requests_are_served_unlimited_while_redis_is_down() {
        ApiClient api = new ApiClient(server.getURI());
        for (int i = 0; i < 10; i++) {
            ApiResponse response = api.get("/api/products", null);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
        }
    }
}
