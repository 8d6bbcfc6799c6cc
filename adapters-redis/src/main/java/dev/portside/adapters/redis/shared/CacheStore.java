package dev.portside.adapters.redis.shared;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cache's Redis operations, fail-open: every method returns normally whatever Redis does. A
 * command goes through the cache's circuit breaker ({@link Breakers}); a failed or timed-out one counts as an
 * error and the caller carries on as if the cache had missed.
 *
 * <p>A write marker that could not be placed (Redis unreachable) is kept in memory as a pending
 * invalidation: reads of that key skip the cache in this process, and the marker is placed as soon as
 * Redis answers again, so a value cached before the outage is not served after it. (Other processes
 * may serve it until its TTL; see the ADR on cache invalidation.)
 */
public final class CacheStore {

    private static final Logger LOG = LoggerFactory.getLogger(CacheStore.class);
    private static final int DRAIN_BATCH = 32;

    private final String name;
    private final RedisConnector connector;
    private final CircuitBreaker breaker;
    private final CacheMetrics metrics;
    private final long markerTtlMillis;
    private final int maxPending;
    private final ConcurrentMap<String, Marker> pending = new ConcurrentHashMap<>();
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean overflowReported;

    public CacheStore(
            String name,
            RedisConnector connector,
            CircuitBreaker breaker,
            CacheMetrics metrics,
            Duration markerTtl,
            int maxPending) {
        this.name = Objects.requireNonNull(name, "name");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.markerTtlMillis = markerTtl.toMillis();
        this.maxPending = maxPending;
    }

    public String name() {
        return name;
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    public int pendingInvalidations() {
        return pending.size();
    }

    /** A cached entity under {@code idKey}; empty on absence, a marker, a pending invalidation or no Redis. */
    Optional<Entry> get(String idKey) {
        drainPending();
        if (pending.containsKey(idKey)) {
            return Optional.empty();
        }
        Reply<byte[]> reply = attempt(commands -> commands.get(idKey));
        return reply == null ? Optional.empty() : Entry.parse(reply.value());
    }

    /** The id key a unique-key pointer names; it says nothing about freshness, the entity must be checked. */
    Optional<String> pointer(String uniqueKey) {
        Reply<byte[]> reply = attempt(commands -> commands.get(uniqueKey));
        return reply == null || reply.value() == null
                ? Optional.empty()
                : Optional.of(new String(reply.value(), StandardCharsets.UTF_8));
    }

    /** Caches a version read from committed storage unless Redis already knows of the same or a newer one. */
    void fill(String idKey, long version, byte[] payload, Duration ttl, List<String> pointerKeys) {
        drainPending();
        if (pending.containsKey(idKey)) {
            return;
        }
        String[] keys = keys(idKey, pointerKeys);
        attempt(commands -> CacheScripts.FILL.<Long>run(
                commands,
                ScriptOutputType.INTEGER,
                keys,
                ascii(version),
                Entry.format(version, payload),
                ascii(ttl.toMillis())));
    }

    /**
     * Marks {@code idKey} as written at {@code version} and deletes {@code staleKeys}; returns the
     * entity that was cached there before, if any.
     */
    Optional<Entry> markWrite(String idKey, long version, List<String> staleKeys) {
        return mark(idKey, new Marker('T', version), staleKeys);
    }

    void markDeleted(String idKey) {
        mark(idKey, new Marker('D', 0), List.of());
    }

    void recordHit() {
        metrics.hit();
    }

    void recordMiss() {
        metrics.miss();
    }

    void recordError() {
        metrics.error();
    }

    private Optional<Entry> mark(String idKey, Marker marker, List<String> staleKeys) {
        drainPending();
        Reply<byte[]> previous = place(idKey, marker, staleKeys);
        if (previous == null) {
            remember(idKey, marker);
            return Optional.empty();
        }
        pending.computeIfPresent(idKey, (key, waiting) -> waiting.coveredBy(marker) ? null : waiting);
        return Entry.parse(previous.value());
    }

    @Nullable
    private Reply<byte[]> place(String idKey, Marker marker, List<String> staleKeys) {
        String[] keys = keys(idKey, staleKeys);
        return attempt(commands -> CacheScripts.MARK.<byte[]>run(
                commands,
                ScriptOutputType.VALUE,
                keys,
                ascii(String.valueOf(marker.kind())),
                ascii(marker.version()),
                ascii(markerTtlMillis)));
    }

    private void remember(String idKey, Marker marker) {
        if (pending.size() >= maxPending && !pending.containsKey(idKey)) {
            if (!overflowReported) {
                overflowReported = true;
                LOG.warn(
                        "cache '{}': {} invalidations are waiting for Redis; further ones are dropped and their "
                                + "entries may be served stale until their TTL",
                        name,
                        pending.size());
            }
            return;
        }
        pending.merge(idKey, marker, Marker::merge);
    }

    private void drainPending() {
        // while the breaker is open, the first place() is skipped at once and ends the drain
        if (pending.isEmpty() || !draining.tryLock()) {
            return;
        }
        try {
            int budget = DRAIN_BATCH;
            for (Map.Entry<String, Marker> waiting : pending.entrySet()) {
                if (budget-- == 0 || place(waiting.getKey(), waiting.getValue(), List.of()) == null) {
                    return;
                }
                pending.remove(waiting.getKey(), waiting.getValue());
            }
            if (pending.isEmpty() && overflowReported) {
                overflowReported = false;
            }
        } finally {
            draining.unlock();
        }
    }

    /** Runs one command through the breaker; null when skipped or failed. */
    @Nullable
    private <R> Reply<R> attempt(Function<RedisCommands<String, byte[]>, R> command) {
        if (!breaker.tryAcquirePermission()) {
            return null;
        }
        RedisCommands<String, byte[]> commands;
        try {
            commands = connector.commands();
        } catch (RedisConnector.NotConnected notYet) {
            // nothing was sent, so nothing was learned about Redis
            breaker.releasePermission();
            return null;
        }
        long start = System.nanoTime();
        try {
            R value = command.apply(commands);
            breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return new Reply<>(value);
        } catch (RuntimeException failure) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            metrics.error();
            LOG.debug("cache '{}': Redis command failed: {}", name, failure.toString());
            return null;
        }
    }

    private static String[] keys(String idKey, List<String> others) {
        return Stream.concat(Stream.of(idKey), others.stream()).distinct().toArray(String[]::new);
    }

    private static byte[] ascii(long number) {
        return ascii(Long.toString(number));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private record Reply<R>(R value) {}

    /** A marker to place: 'T' (written at version) or 'D' (deleted). */
    private record Marker(char kind, long version) {

        Marker merge(Marker other) {
            if (kind == 'D' || other.kind == 'D') {
                return kind == 'D' ? this : other;
            }
            return version >= other.version ? this : other;
        }

        boolean coveredBy(Marker placed) {
            return placed.kind == 'D' || (kind == 'T' && placed.version >= version);
        }
    }

    /** A cached entity: its version and the codec's bytes. */
    record Entry(long version, byte[] payload) {

        private static final int MAX_HEADER = 21;

        static byte[] format(long version, byte[] payload) {
            byte[] header = ("V" + version + "|").getBytes(StandardCharsets.US_ASCII);
            byte[] entry = Arrays.copyOf(header, header.length + payload.length);
            System.arraycopy(payload, 0, entry, header.length, payload.length);
            return entry;
        }

        static Optional<Entry> parse(byte[] raw) {
            if (raw == null || raw.length < 3 || raw[0] != 'V') {
                return Optional.empty();
            }
            for (int i = 1; i < Math.min(raw.length, MAX_HEADER); i++) {
                if (raw[i] == '|') {
                    try {
                        long version = Long.parseLong(new String(raw, 1, i - 1, StandardCharsets.US_ASCII));
                        return Optional.of(new Entry(version, Arrays.copyOfRange(raw, i + 1, raw.length)));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }
}
