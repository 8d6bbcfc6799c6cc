package dev.portside.bootstrap.backends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.bootstrap.Application;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point, in a JVM of its own with nothing but {@code MICRONAUT_ENVIRONMENTS=mongo} and
 * {@code MONGODB_URI} set, the way an operator switches a service: it must come up without starting
 * an embedded PostgreSQL, a JDBC pool or Flyway. Only a separate process can show this, because
 * {@link Application#main} decides about the embedded server from the process environment.
 */
class MongoServiceStartupTest {

    private static final long STARTUP_TIMEOUT_SECONDS = 120;

    @Test
    void the_service_on_mongo_starts_no_embedded_postgres_no_pool_and_no_flyway(@TempDir Path home) throws Exception {
        Path embeddedDir = home.resolve("embedded-postgres");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        // the service's own logging (the test jars on this classpath bring quieter logback-test files)
                        "-Dlogback.configurationFile=" + MongoServiceStartupTest.class.getResource("/logback.xml"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Application.class.getName()))
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment
                .keySet()
                .removeIf(name -> name.startsWith("DATASOURCES_")
                        || name.startsWith("MICRONAUT_")
                        || name.startsWith("PORTSIDE_")
                        || name.equals("MONGODB_URI")
                        || name.equals("REDIS_URI"));
        environment.put("MICRONAUT_ENVIRONMENTS", "mongo");
        environment.put("MONGODB_URI", (String) FreshDatabases.mongo().get("mongodb.uri"));
        environment.put("MICRONAUT_SERVER_PORT", "-1");
        environment.put("PORTSIDE_EMBEDDED_POSTGRES_DIR", embeddedDir.toString());
        if (!TestMongo.server().supportsTransactions()) {
            // the in-process test server has no transactions: without the test-only switch the start is refused
            environment.put("PORTSIDE_MONGO_ALLOW_NON_TRANSACTIONAL_FOR_TESTS", "true");
        }

        Process service = builder.start();
        try {
            String log = readUntilStarted(service);
            assertThat(log).contains("Startup completed");
            assertThat(log)
                    .doesNotContain("embedded PostgreSQL")
                    .doesNotContain("HikariPool")
                    .doesNotContainIgnoringCase("flyway");
            assertThat(embeddedDir).doesNotExist();
            assertThat(home.resolve(".portside")).doesNotExist();
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    /** The child's log up to the startup line, or all of it when it dies or the timeout passes first. */
    private static String readUntilStarted(Process service) throws Exception {
        StringBuilder log = new StringBuilder();
        CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.contains("Startup completed")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the stream closes when the child is destroyed; what was read is the evidence
            }
            synchronized (log) {
                return log.toString();
            }
        });
        try {
            return started.get(STARTUP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            synchronized (log) {
                return log.toString();
            }
        }
    }
}
