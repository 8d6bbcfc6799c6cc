package dev.portside.adapters.redis.shared;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Objects;

/**
 * The cache's settings ({@code portside.cache.*}); the Redis address itself is Micronaut's {@code redis.uri}.
 *
 * @param keyPrefix            first part of every key; the codec schema version follows it ({@link CacheKeys})
 * @param commandTimeout       a Redis command slower than this counts as a failure and the request goes on without the cache
 * @param connectTimeout       limit of one (background) connection attempt
 * @param maxReconnectDelay    upper bound of Lettuce's reconnect backoff, so the cache comes back soon after Redis does
 * @param failureThreshold     consecutive failures that open a cache's circuit breaker
 * @param openFor              how long an open breaker skips Redis before it lets one trial command through
 * @param writeMarkerTtl       life of the marker a write leaves on an id key (see {@link CacheStore}); longer than any unit of work
 * @param maxPendingInvalidations invalidations kept in memory for retry while Redis is unreachable
 */
@ConfigurationProperties("portside.cache")
public record CacheSettings(
        @Bindable(defaultValue = "portside") String keyPrefix,
        @Bindable(defaultValue = "150ms") Duration commandTimeout,
        @Bindable(defaultValue = "1s") Duration connectTimeout,
        @Bindable(defaultValue = "2s") Duration maxReconnectDelay,
        @Bindable(defaultValue = "5") int failureThreshold,
        @Bindable(defaultValue = "5s") Duration openFor,
        @Bindable(defaultValue = "30s") Duration writeMarkerTtl,
        @Bindable(defaultValue = "10000") int maxPendingInvalidations,
        @Bindable(defaultValue = "2m") Duration productTtl,
        @Bindable(defaultValue = "10m") Duration postTtl) {

    public CacheSettings {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (keyPrefix.isBlank() || keyPrefix.contains(" ")) {
            throw new IllegalArgumentException("portside.cache.key-prefix must be a non-blank word");
        }
        requirePositive("command-timeout", commandTimeout);
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("max-reconnect-delay", maxReconnectDelay);
        requirePositive("open-for", openFor);
        requirePositive("write-marker-ttl", writeMarkerTtl);
        requirePositive("product-ttl", productTtl);
        requirePositive("post-ttl", postTtl);
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("portside.cache.failure-threshold must be at least 1");
        }
        if (maxPendingInvalidations < 0) {
            throw new IllegalArgumentException("portside.cache.max-pending-invalidations cannot be negative");
        }
    }

    /** The defaults above, under another key prefix; tests use a prefix per run because Redis is shared. */
    public static CacheSettings defaults(String keyPrefix) {
        return new CacheSettings(
                keyPrefix,
                Duration.ofMillis(150),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                5,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                10_000,
                Duration.ofMinutes(2),
                Duration.ofMinutes(10));
    }

    public CacheSettings withBreaker(int newFailureThreshold, Duration newOpenFor) {
        return new CacheSettings(
                keyPrefix,
                commandTimeout,
                connectTimeout,
                maxReconnectDelay,
                newFailureThreshold,
                newOpenFor,
                writeMarkerTtl,
                maxPendingInvalidations,
                productTtl,
                postTtl);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("portside.cache." + name + " must be a positive duration");
        }
    }
}
