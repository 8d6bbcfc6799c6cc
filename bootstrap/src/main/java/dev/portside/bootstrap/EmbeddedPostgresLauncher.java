package dev.portside.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

    private EmbeddedPostgresLauncher() {}

    static Map<String, Object> startIfNoDatabaseConfigured(Map<String, String> environment) {
        if (!needsEmbedded(
                environment, System.getProperties().stringPropertyNames().contains("datasources.default.url"))) {
            return Map.of();
        }
        Path dataDir = dataDirectory(environment);
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDir);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // zonky's own hook would stop the server at once, beside the service's: ours waits
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (IllegalStateException e) {
            // zonky locks the data directory (epg-lock) for the process that runs the server in it
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new DataDirectoryInUse(dataDir);
            }
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> closeAfterTheService(postgres), "embedded-postgres-stop"));
        String url = postgres.getJdbcUrl("postgres", "postgres");
        LOG.info(
                "Started embedded PostgreSQL at {} (user postgres, no password) with data in {}; "
                        + "set DATASOURCES_DEFAULT_URL to use your own server",
                url,
                dataDir);
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres");
    }

    /** Another process (most likely a second instance) runs the embedded server in this directory. */
    static final class DataDirectoryInUse extends RuntimeException {
        DataDirectoryInUse(Path dataDir) {
            super(
                    "the embedded PostgreSQL data directory " + dataDir + " is in use by another process "
                            + "(a second instance?); stop it, or set PORTSIDE_EMBEDDED_POSTGRES_DIR or DATASOURCES_DEFAULT_URL");
        }
    }

    static boolean needsEmbedded(Map<String, String> environment, boolean urlSystemProperty) {
        String url = environment.get("DATASOURCES_DEFAULT_URL");
        boolean urlConfigured = urlSystemProperty || (url != null && !url.isBlank());
        String environments = environment.getOrDefault("MICRONAUT_ENVIRONMENTS", "") + ","
                + System.getProperty("micronaut.environments", "");
        boolean mongoSelected =
                Arrays.stream(environments.split(",")).map(String::trim).anyMatch("mongo"::equals);
        return !urlConfigured && !mongoSelected;
    }

    static Path dataDirectory(Map<String, String> environment) {
        String configured = environment.get(DATA_DIR_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".portside", "postgres");
    }

    /** The service whose pool uses the embedded server; it is stopped by its own shutdown hook. */
    private static final AtomicReference<ApplicationContext> SERVICE = new AtomicReference<>();

    static void servedBy(ApplicationContext service) {
        SERVICE.set(service);
    }

    // Shutdown hooks run at the same time: stopping the server while the service's pool still holds
    // connections logs a FATAL line per connection, so the server waits (bounded) for the service to stop
    private static void closeAfterTheService(EmbeddedPostgres postgres) {
        ApplicationContext service = SERVICE.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (service != null && service.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close(postgres);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
