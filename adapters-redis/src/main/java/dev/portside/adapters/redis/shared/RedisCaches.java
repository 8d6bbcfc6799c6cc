package dev.portside.adapters.redis.shared;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.serde.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The caches of this process on one Redis connection: each named cache gets its own store, circuit
 * breaker and meters, so an entity type whose commands fail does not switch off the others' state
 * reporting, and every log line and meter says which cache it is about.
 */
public final class RedisCaches {

    private final CacheSettings settings;
    private final RedisConnector connector;
    private final MeterRegistry registry;
    private final ObjectMapper json;
    private final ConcurrentMap<String, CacheStore> stores = new ConcurrentHashMap<>();

    public RedisCaches(CacheSettings settings, RedisConnector connector, MeterRegistry registry, ObjectMapper json) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.json = Objects.requireNonNull(json, "json");
    }

    public CacheSettings settings() {
        return settings;
    }

    public CacheKeys keys(String entity) {
        return CacheKeys.of(settings.keyPrefix(), entity);
    }

    public CacheStore store(String name) {
        return stores.computeIfAbsent(name, this::newStore);
    }

    /** A codec storing {@code T} as the JSON of its cache record {@code R} ({@link CacheCodec#json}). */
    public <T, R> CacheCodec<T> codec(Class<R> record, Function<T, R> toRecord, Function<R, T> toEntity) {
        return CacheCodec.json(json, record, toRecord, toEntity);
    }

    public Collection<CacheStore> stores() {
        return List.copyOf(stores.values());
    }

    public boolean isConnected() {
        return connector.isConnected();
    }

    private CacheStore newStore(String name) {
        CircuitBreaker breaker = Breakers.of(name, settings);
        return new CacheStore(
                name,
                connector,
                breaker,
                new CacheMetrics(name, registry, breaker),
                settings.writeMarkerTtl(),
                settings.maxPendingInvalidations());
    }
}
