package dev.portside.adapters.redis.shared;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import redis.embedded.RedisServer;

/**
 * A Redis server of a test's own, on a free port, so a test can stop or pause it without touching the
 * Redis other test runs share. The binary comes from the embedded-redis jar, so nothing has to be
 * installed. No persistence: a restart starts empty.
 */
public final class RedisServerProcess implements AutoCloseable {

    private final int port;
    private RedisServer server;

    private RedisServerProcess(int port) {
        this.port = port;
    }

    public static RedisServerProcess onFreePort() throws IOException {
        return new RedisServerProcess(freePort());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Returns once the server logged that it accepts connections (the library waits for that line). */
    public RedisServerProcess start() throws IOException {
        server = RedisServer.newRedisServer()
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .setting("daemonize no")
                // the library echoes the server's output to stdout unless a listener takes it
                .soutListener(line -> {})
                .serrListener(line -> {})
                .build();
        server.start();
        return this;
    }

    public void stop() throws IOException {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** CLIENT PAUSE ALL: the server keeps connections open but answers nobody for this long. */
    public void pause(Duration duration) {
        try (RedisClient admin = RedisClient.create(uri());
                StatefulRedisConnection<String, String> connection = admin.connect()) {
            connection.sync().clientPause(duration.toMillis());
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
