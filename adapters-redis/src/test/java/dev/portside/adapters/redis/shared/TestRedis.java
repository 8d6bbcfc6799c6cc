package dev.portside.adapters.redis.shared;

import dev.portside.adapters.redis.testsupport.TestRedisServer;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.serde.ObjectMapper;
import java.time.Duration;
import java.util.UUID;

/**
 * Caches on a real Redis for tests: the server {@link TestRedisServer} found for this JVM (the
 * environment's, a container or an embedded one) or one a test started itself. Every instance uses its own
 * key prefix, because the shared server serves other test runs too, and deletes its keys on close.
 */
public final class TestRedis implements AutoCloseable {

    public static final String SHARED_URI = TestRedisServer.uri();

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisConnector connector;
    private final CacheSettings settings;
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final RedisCaches caches;
    private final String uri;

    private TestRedis(String uri, CacheSettings settings) {
        this.uri = uri;
        this.settings = settings;
        this.resources = ClientResources.builder()
                .reconnectDelay(LettuceTuning.reconnectDelay(settings))
                .build();
        this.client = RedisClient.create(resources);
        client.setOptions(LettuceTuning.clientOptions(settings));
        this.connector = new RedisConnector(client, RedisURI.create(uri), settings.openFor()).start();
        this.caches = new RedisCaches(settings, connector, registry, ObjectMapper.getDefault());
    }

    /** On the shared Redis, connected: tests that count hits must not race the background connect. */
    public static TestRedis shared() {
        TestRedis redis = new TestRedis(SHARED_URI, CacheSettings.defaults(uniquePrefix()));
        redis.awaitConnected(Duration.ofSeconds(5));
        return redis;
    }

    public static TestRedis at(String uri, CacheSettings settings) {
        return new TestRedis(uri, settings);
    }

    public static String uniquePrefix() {
        return "portside-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public void awaitConnected(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!connector.isConnected()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no connection to Redis at " + uri);
            }
            connector.start();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public RedisCaches caches() {
        return caches;
    }

    public CacheSettings settings() {
        return settings;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public double count(String cache, String result) {
        return registry.get("portside.cache.gets")
                .tag("cache", cache)
                .tag("result", result)
                .counter()
                .count();
    }

    public double errors(String cache) {
        return registry.get("portside.cache.errors")
                .tag("cache", cache)
                .counter()
                .count();
    }

    /** A direct look at a key through a separate connection, bypassing every cache mechanism. */
    public byte[] rawGet(String key) {
        try (RedisClient peek = RedisClient.create(uri);
                StatefulRedisConnection<String, byte[]> connection = peek.connect(RedisConnector.CODEC)) {
            connection.setTimeout(Duration.ofSeconds(2));
            return connection.sync().get(key);
        }
    }

    @Override
    public void close() {
        try {
            deleteKeys(uri, settings.keyPrefix());
        } finally {
            connector.close();
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown(0, 2, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /** Deletes every key under {@code prefix}; nothing happens when that Redis is gone. */
    public static void deleteKeys(String uri, String prefix) {
        try (RedisClient cleaner = RedisClient.create(uri);
                StatefulRedisConnection<String, byte[]> connection = cleaner.connect(RedisConnector.CODEC)) {
            connection.setTimeout(Duration.ofSeconds(2));
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = connection
                        .sync()
                        .scan(cursor, ScanArgs.Builder.matches(prefix + ":*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    connection.sync().del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } catch (RuntimeException unreachable) {
            // a test that stopped its own server leaves nothing to clean
        }
    }
}
