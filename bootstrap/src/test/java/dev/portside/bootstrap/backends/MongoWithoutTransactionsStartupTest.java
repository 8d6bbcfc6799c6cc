package dev.portside.bootstrap.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.bootstrap.Application;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MongoDB without transactions (a standalone server; the in-process test server is exactly one) is an
 * invalid setting: the real entry point stops with exit status 2 and one line on stderr that says why
 * and how to start a single-node replica set (ADR 12, ADR 13), instead of reporting healthy and then
 * answering 503 to every request.
 */
class MongoWithoutTransactionsStartupTest {

    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void a_mongodb_without_transactions_stops_the_start_with_one_line_saying_how_to_start_a_replica_set(
            @TempDir Path home) throws Exception {
        TestMongo.Server server = TestMongo.server();
        assumeFalse(
                server.supportsTransactions(),
                server.source() + " has transactions; the refusal needs a server without");
        Path stderr = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        "-Dlogback.configurationFile="
                                + MongoWithoutTransactionsStartupTest.class.getResource("/logback.xml"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Application.class.getName()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
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
        environment.put(
                "PORTSIDE_EMBEDDED_POSTGRES_DIR",
                home.resolve("embedded-postgres").toString());

        Process service = builder.start();
        boolean exited = service.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            service.destroyForcibly().waitFor();
        }

        assertThat(exited).as("the start stopped by itself").isTrue();
        assertThat(service.exitValue()).isEqualTo(2);
        assertThat(Files.readAllLines(stderr, StandardCharsets.UTF_8))
                .containsExactly(
                        "portside: invalid setting MONGODB_URI (mongodb.uri): must point at a replica set, the MongoDB standalone"
                                + " server has no transactions (a single-node replica set will do: start mongod --replSet rs0,"
                                + " run rs.initiate() once, and add ?replicaSet=rs0 to the URI)");
    }
}
