package dev.portside.bootstrap.cache;

import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code redis} configuration on the test PostgreSQL and the machine's Redis
 * ({@code PORTSIDE_TEST_REDIS_URI}), with a key prefix of its own because that Redis is shared.
 * Implementers add {@code @MicronautTest(environments = "redis")} and a per-class lifecycle.
 */
interface OnTestPostgresAndRedis extends TestPropertyProvider {

    String REDIS_URI = Optional.ofNullable(System.getenv("PORTSIDE_TEST_REDIS_URI")).orElse("redis://127.0.0.1:6379");

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.put("redis.uri", REDIS_URI);
        properties.put("portside.cache.key-prefix", "portside-test-" + UUID.randomUUID().toString().substring(0, 8));
        return properties;
    }
}
