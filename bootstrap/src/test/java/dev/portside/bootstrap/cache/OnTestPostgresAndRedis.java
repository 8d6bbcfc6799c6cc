package dev.portside.bootstrap.cache;

import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.adapters.redis.testsupport.TestRedisServer;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code redis} configuration on the test PostgreSQL and the test Redis ({@link TestRedisServer}:
 * the environment's, a container or an embedded one), with a key prefix of its own because that Redis
 * may be shared.
 * Implementers add {@code @MicronautTest(environments = "redis")} and a per-class lifecycle.
 */
interface OnTestPostgresAndRedis extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.put("redis.uri", TestRedisServer.uri());
        properties.put(
                "portside.cache.key-prefix",
                "portside-test-" + UUID.randomUUID().toString().substring(0, 8));
        return properties;
    }
}
