package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real entry point in a JVM of its own, as an operator starts it, with one bad setting each: the
 * start must stop with a non-zero exit status and exactly one line on stderr that names the
 * environment variable and its rule. Only a separate process shows the exit status and the stream.
 */
class InvalidSettingStartupTest {

    private static final long TIMEOUT_SECONDS = 120;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PORTSIDE_SECURITY_JWT_SECRET | short-secret    | PORTSIDE_SECURITY_JWT_SECRET (portside.security.jwt-secret): must be at least 32 bytes, it has 12",
                "APP_BOOTSTRAP_ADMIN_PASSWORD | short           | APP_BOOTSTRAP_ADMIN_PASSWORD (app.bootstrap-admin.password): must be 8-128 characters",
                "REDIS_URI                    | localhost:6379  | REDIS_URI (redis.uri): must be a URI such as redis://host:6379 (or rediss:// for TLS)",
            })
    void an_invalid_setting_stops_the_start_with_one_line_naming_it(
            String variable, String value, String expected, @TempDir Path home) throws Exception {
        Path stderr = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Duser.home=" + home,
                        "-Dlogback.configurationFile=" + InvalidSettingStartupTest.class.getResource("/logback.xml"),
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
                        || name.startsWith("APP_")
                        || name.equals("REDIS_URI"));
        TestPostgres.Database database = TestPostgres.database();
        environment.put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        environment.put("DATASOURCES_DEFAULT_USERNAME", database.username());
        environment.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        environment.put("MICRONAUT_SERVER_PORT", "-1");
        environment.put("APP_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("APP_BOOTSTRAP_ADMIN_EMAIL", "admin@example.com");
        environment.put("APP_BOOTSTRAP_ADMIN_PASSWORD", "a-good-admin-password");
        if (variable.equals("REDIS_URI")) {
            environment.put("MICRONAUT_ENVIRONMENTS", "redis");
        }
        environment.put(variable, value);

        Process service = builder.start();
        boolean exited = service.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!exited) {
            service.destroyForcibly().waitFor();
        }

        assertThat(exited).as("the start stopped by itself").isTrue();
        assertThat(service.exitValue()).isEqualTo(2);
        assertThat(lines(stderr)).containsExactly("portside: invalid setting " + expected);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
