package dev.portside.adapters.redis.shared;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Meters of one cache, tagged {@code cache=<name>}: {@code portside.cache.gets} (result=hit|miss; a
 * read that skipped Redis is a miss), {@code portside.cache.errors} (failed or timed-out Redis
 * commands) and the gauge {@code portside.cache.circuit.state} (0 closed, 1 open, 2 half-open).
 */
public final class CacheMetrics {

    private final Counter hits;
    private final Counter misses;
    private final Counter errors;

    public CacheMetrics(String cache, MeterRegistry registry, CircuitBreaker breaker) {
        this.hits = Counter.builder("portside.cache.gets")
                .tag("cache", cache)
                .tag("result", "hit")
                .description("reads answered by the cache")
                .register(registry);
        this.misses = Counter.builder("portside.cache.gets")
                .tag("cache", cache)
                .tag("result", "miss")
                .description("reads answered by storage")
                .register(registry);
        this.errors = Counter.builder("portside.cache.errors")
                .tag("cache", cache)
                .description("Redis commands that failed or timed out")
                .register(registry);
        Gauge.builder("portside.cache.circuit.state", breaker, b -> b.getState().getOrder())
                .tag("cache", cache)
                .description("0 closed, 1 open, 2 half-open")
                .register(registry);
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void error() {
        errors.increment();
    }
}
