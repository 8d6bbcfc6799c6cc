package dev.portside.adapters.redis.shared;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Readiness of the cache. The service works without Redis (slower), so the status is always UP and
 * an outage shows as {@code "state": "DEGRADED"} in the details: a load balancer must not take
 * instances out because their cache is away. Micronaut Redis's own indicator, which would report
 * DOWN, is switched off in {@code application-redis.yml}. Answers from local state, without a
 * Redis round trip.
 */
@Singleton
@Readiness
@Requires(beans = RedisCaches.class)
final class CacheHealthIndicator implements HealthIndicator {

    static final String NAME = "cache";

    private final RedisCaches caches;

    CacheHealthIndicator(RedisCaches caches) {
        this.caches = caches;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(
                HealthResult.builder(NAME, HealthStatus.UP).details(details()).build());
    }

    Map<String, Object> details() {
        boolean connected = caches.isConnected();
        Map<String, Object> circuits = new LinkedHashMap<>();
        int pending = 0;
        boolean allClosed = true;
        for (CacheStore store : caches.stores()) {
            circuits.put(store.name(), store.circuitState().name());
            pending += store.pendingInvalidations();
            allClosed &= store.circuitState() == CircuitBreaker.State.CLOSED;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", connected && allClosed ? "OK" : "DEGRADED");
        details.put("redis", connected ? "connected" : "unreachable");
        details.put("circuits", circuits);
        details.put("pendingInvalidations", pending);
        return details;
    }
}
