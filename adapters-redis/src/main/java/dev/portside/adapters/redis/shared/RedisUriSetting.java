package dev.portside.adapters.redis.shared;

import io.lettuce.core.RedisURI;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;

/**
 * Checks {@code redis.uri} while the context starts. Lettuce would refuse a bad one only when the
 * client bean is first created, with a message ("URI scheme must not be null") that names neither the
 * setting nor the bean that needed it. The value itself is not repeated: it may carry a password.
 */
@Context
@Requires(env = "redis")
@Requires(property = "redis.uri")
@Requires(property = "redis.enabled", notEquals = "false")
final class RedisUriSetting {

    private final RedisURI uri;

    RedisUriSetting(@Value("${redis.uri}") String uri) {
        check(uri);
        this.uri = RedisURI.create(uri);
    }

    RedisURI uri() {
        return uri;
    }

    static void check(String uri) {
        String rule = "must be a URI such as redis://host:6379 (or rediss:// for TLS)";
        if (uri == null
                || !(uri.startsWith("redis://")
                        || uri.startsWith("rediss://")
                        || uri.startsWith("redis-socket://")
                        || uri.startsWith("redis-sentinel://"))) {
            throw new ConfigurationException("invalid setting REDIS_URI (redis.uri): " + rule);
        }
        try {
            RedisURI.create(uri);
        } catch (RuntimeException e) {
            throw new ConfigurationException("invalid setting REDIS_URI (redis.uri): " + rule);
        }
    }
}
