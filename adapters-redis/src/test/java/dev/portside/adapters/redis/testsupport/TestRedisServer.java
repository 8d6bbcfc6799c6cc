package dev.portside.adapters.redis.testsupport;

import dev.portside.adapters.redis.shared.RedisServerProcess;
import dev.portside.testkit.shared.DockerEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Finds a Redis server for tests, in the order PostgreSQL and MongoDB are found: {@code
 * PORTSIDE_TEST_REDIS_URI} from the environment (CI points it at the local server), Testcontainers when
 * a Docker engine answers, otherwise a redis-server from the embedded-redis jar on a free port. One
 * server per test JVM; tests share it through their own key prefixes and never flush it.
 */
public final class TestRedisServer {

    public static final String URI_VARIABLE = "PORTSIDE_TEST_REDIS_URI";

    /** Where the server is and how it was found (for messages). */
    public record Server(String uri, String source) {}

    private static Server server;

    private TestRedisServer() {}

    public static synchronized Server server() {
        if (server == null) {
            server = provision();
        }
        return server;
    }

    public static String uri() {
        return server().uri();
    }

    private static Server provision() {
        String uri = System.getenv(URI_VARIABLE);
        if (uri != null && !uri.isBlank()) {
            return new Server(uri, "environment (" + URI_VARIABLE + ")");
        }
        if (dockerAvailable()) {
            GenericContainer<?> container =
                    new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Server("redis://" + container.getHost() + ":" + container.getMappedPort(6379), "testcontainers");
        }
        try {
            RedisServerProcess embedded = RedisServerProcess.onFreePort().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the library's own hook stops the process too
                }
            }));
            return new Server(embedded.uri(), "embedded redis-server");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded redis-server", e);
        }
    }

    private static boolean dockerAvailable() {
        if (!DockerEngine.mightBePresent()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
