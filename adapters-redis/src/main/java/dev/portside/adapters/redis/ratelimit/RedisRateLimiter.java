package dev.portside.adapters.redis.ratelimit;

import dev.portside.adapters.redis.shared.Breakers;
import dev.portside.adapters.redis.shared.CacheSettings;
import dev.portside.adapters.redis.shared.RedisConnector;
import dev.portside.application.ratelimit.RateLimiter;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate-limit buckets shared by every instance through Redis (Bucket4j's compare-and-swap on Lettuce),
 * under the {@code redis} environment. Fails open: while Redis is unreachable, slow (the cache's
 * command timeout) or its breaker is open, requests are let through unlimited, so an outage of Redis
 * never turns into refusals. Keys: {@code <prefix>:v1:ratelimit:<class>:<caller>}, expiring once the
 * bucket would be full again.
 */
@Singleton
@Primary
@Requires(env = "redis")
@Requires(beans = RedisConnector.class)
final class RedisRateLimiter implements RateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);

    private final RedisConnector connector;
    private final String prefix;
    private final CircuitBreaker breaker;
    private volatile @Nullable Proxies proxies;

    RedisRateLimiter(RedisConnector connector, CacheSettings settings) {
        this.connector = connector;
        this.prefix = settings.keyPrefix() + ":v1:ratelimit:";
        this.breaker = Breakers.of("ratelimit", settings);
    }

    private record Proxies(
            StatefulRedisConnection<String, byte[]> connection, LettuceBasedProxyManager<String> manager) {}

    @Override
    public Decision tryAcquire(String key, Quota quota) {
        if (!breaker.tryAcquirePermission()) {
            return Decision.unlimited();
        }
        long start = System.nanoTime();
        try {
            ConsumptionProbe probe = manager()
                    .builder()
                    .build(prefix + quota.name() + ":" + key, () -> configuration(quota))
                    .tryConsumeAndReturnRemaining(1);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return decision(probe, quota);
        } catch (RedisConnector.NotConnected e) {
            breaker.releasePermission();
            return Decision.unlimited();
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            LOG.debug("rate limiter: Redis failed, request let through", e);
            return Decision.unlimited();
        }
    }

    private LettuceBasedProxyManager<String> manager() {
        StatefulRedisConnection<String, byte[]> connection =
                connector.commands().getStatefulConnection();
        Proxies current = proxies;
        if (current == null || current.connection() != connection) {
            current = new Proxies(
                    connection,
                    Bucket4jLettuce.casBasedBuilder(connection)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                    Duration.ofSeconds(10)))
                            .build());
            proxies = current;
        }
        return current.manager();
    }

    private static BucketConfiguration configuration(Quota quota) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(quota.capacity()).refillGreedy(quota.capacity(), quota.period()))
                .build();
    }

    private static Decision decision(ConsumptionProbe probe, Quota quota) {
        long perToken = Math.max(1, quota.period().toNanos() / quota.capacity());
        Duration reset = Duration.ofNanos((quota.capacity() - probe.getRemainingTokens()) * perToken);
        return new Decision(
                probe.isConsumed(),
                probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()),
                reset,
                true);
    }
}
