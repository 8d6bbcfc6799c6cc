package dev.portside.adapters.redis.shared;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The cache's one Redis connection, opened in the background so that neither startup nor a request
 * ever waits for Redis: until the connection is up, {@link #commands()} throws {@link NotConnected}
 * at once, and the cache is skipped. A failed attempt is retried at most once per {@code retryAfter}.
 * Once connected, Lettuce reconnects by itself after an outage.
 */
public final class RedisConnector implements AutoCloseable {

    /** Keys are text; values are entries with a binary payload (see {@link CacheStore}). */
    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final RedisClient client;
    private final RedisURI uri;
    private final long retryAfterNanos;

    private volatile @Nullable StatefulRedisConnection<String, byte[]> connection;
    private @Nullable CompletableFuture<StatefulRedisConnection<String, byte[]>> attempt;
    private long attemptStartedAt;
    private boolean closed;

    public RedisConnector(RedisClient client, RedisURI uri, Duration retryAfter) {
        this.client = Objects.requireNonNull(client, "client");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.retryAfterNanos = retryAfter.toNanos();
    }

    /** Starts connecting in the background, so the connection is usually up before the first request. */
    public RedisConnector start() {
        try {
            commands();
        } catch (NotConnected expected) {
            // still connecting
        }
        return this;
    }

    /** Commands of the open connection; throws {@link NotConnected} while there is none. */
    public RedisCommands<String, byte[]> commands() {
        StatefulRedisConnection<String, byte[]> open = connection;
        return open != null ? open.sync() : connect().sync();
    }

    /**
     * Whether the connection is established and currently connected (false while Lettuce reconnects).
     * A background attempt that has succeeded counts even before a command has picked it up, so that
     * readiness does not say "unreachable" until the first cached read after a start.
     */
    public boolean isConnected() {
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open == null) {
            open = establishedAttempt();
        }
        return open != null && open.isOpen();
    }

    /** The connection, taking a finished background attempt's; null while no attempt has succeeded. */
    private synchronized @Nullable StatefulRedisConnection<String, byte[]> establishedAttempt() {
        if (connection == null && attempt != null && attempt.isDone() && !attempt.isCompletedExceptionally()) {
            connection = attempt.getNow(null);
        }
        return connection;
    }

    private synchronized StatefulRedisConnection<String, byte[]> connect() {
        if (connection != null) {
            return connection;
        }
        if (closed) {
            throw new NotConnected("the cache connection is closed");
        }
        if (attempt == null
                || (attempt.isCompletedExceptionally() && System.nanoTime() - attemptStartedAt >= retryAfterNanos)) {
            attemptStartedAt = System.nanoTime();
            attempt = client.connectAsync(CODEC, uri).toCompletableFuture();
        }
        StatefulRedisConnection<String, byte[]> ready =
                attempt.isCompletedExceptionally() ? null : attempt.getNow(null);
        if (ready == null) {
            throw new NotConnected("not connected to Redis at " + uri.getHost() + ":" + uri.getPort() + " (yet)");
        }
        connection = ready;
        return ready;
    }

    /** No connection yet: nothing was sent, so it costs no time and says nothing new about Redis. */
    public static final class NotConnected extends RedisConnectionException {
        public NotConnected(String message) {
            super(message);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        } else if (attempt != null) {
            attempt.thenAccept(StatefulRedisConnection::close);
        }
    }
}
