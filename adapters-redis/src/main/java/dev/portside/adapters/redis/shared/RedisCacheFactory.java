package dev.portside.adapters.redis.shared;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

/**
 * The cache's beans, only on the {@code redis} environment with Redis configured. The client comes
 * from Micronaut Redis ({@code redis.uri}); the cache is its only user, so it sets the fail-fast
 * options here. The connection is opened in the background from startup on (see {@link RedisConnector}).
 */
@Factory
@Requires(env = "redis")
@Requires(property = "redis.uri")
@Requires(property = "redis.enabled", notEquals = "false")
final class RedisCacheFactory {

    // created with the context, so the background connect starts at startup and is usually up before the
    // first request (the caches and the rate limiter fail open until it is)
    @Context
    @Bean(preDestroy = "close")
    RedisConnector redisConnector(RedisUriSetting uri, RedisClient client, CacheSettings settings) {
        // the checked setting comes first: a bad URI must stop the start naming REDIS_URI, before Lettuce sees it
        client.setOptions(LettuceTuning.clientOptions(settings));
        return new RedisConnector(client, uri.uri(), settings.openFor()).start();
    }

    @Singleton
    RedisCaches redisCaches(
            CacheSettings settings, RedisConnector connector, MeterRegistry registry, ObjectMapper json) {
        return new RedisCaches(settings, connector, registry, json);
    }
}
