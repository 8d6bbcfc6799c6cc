package dev.portside.adapters.redis.shared;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A redis-server of a test's own, on a free port, so a test can stop or pause it without touching the
 * Redis other test runs share. No persistence: a restart starts empty.
 */
public final class RedisServerProcess implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private RedisServerProcess(int port) throws IOException {
        this.port = port;
        this.dir = Files.createTempDirectory("portside-redis-");
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

    public RedisServerProcess start() throws IOException, InterruptedException {
        process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", dir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!accepts()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            Thread.sleep(20);
        }
        return this;
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    /** CLIENT PAUSE ALL: the server keeps connections open but answers nobody for this long. */
    public void pause(Duration duration) {
        try (RedisClient admin = RedisClient.create(uri());
             StatefulRedisConnection<String, String> connection = admin.connect()) {
            connection.sync().clientPause(duration.toMillis());
        }
    }

    private boolean accepts() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        stop();
        Files.deleteIfExists(dir.resolve("redis.log"));
        Files.deleteIfExists(dir);
    }
}
