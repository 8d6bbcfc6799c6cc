package dev.portside.adapters.http.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portside.application.ratelimit.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Buckets in this process (Bucket4j), the default. Idle buckets are dropped after an hour and at most
 * 100,000 are kept, so a flood of new client addresses cannot grow the heap without bound; a dropped
 * bucket starts full again, which only ever errs towards letting a request through. A Redis-shared
 * limiter replaces this one under the {@code redis} environment (it is {@code @Primary} there).
 */
@Singleton
final class LocalRateLimiter implements RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    @Override
    public Decision tryAcquire(String key, Quota quota) {
        Bucket bucket = buckets.get(
                quota.name() + ":" + key,
                ignored -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(quota.capacity())
                                .refillGreedy(quota.capacity(), quota.period())
                                .build())
                        .build());
        return decision(bucket.tryConsumeAndReturnRemaining(1), quota);
    }

    static Decision decision(ConsumptionProbe probe, Quota quota) {
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
