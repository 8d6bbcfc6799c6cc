package dev.portside.adapters.postgres.testsupport;

import dev.portside.testkit.shared.DockerEngine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Finds a PostgreSQL server for tests, in this order: {@code PORTSIDE_TEST_POSTGRES_URL} from the
 * environment (CI points it at the local server), Testcontainers when a Docker engine answers, an
 * embedded PostgreSQL otherwise. On a shared server every test JVM gets its own fresh database, dropped
 * when the JVM exits, so runs never see each other's rows; {@link #newDatabase} makes more of them.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "PORTSIDE_TEST_POSTGRES_URL";

    /** Where a test database lives and how to log in. */
    public record Database(String jdbcUrl, String username, String password, String source) {

        /** The Micronaut properties that point the default datasource (and Flyway) at this database. */
        public Map<String, String> micronautProperties() {
            return Map.of(
                    "datasources.default.url", jdbcUrl,
                    "datasources.default.username", username,
                    "datasources.default.password", password,
                    "datasources.default.dialect", "POSTGRES",
                    "flyway.datasources.default.enabled", "true");
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl, username, password);
        }

        /** A {@code count(*)} query with one parameter, on a connection of its own: what is committed. */
        public long count(String sql, Object parameter) {
            try (Connection admin = connect();
                    java.sql.PreparedStatement count = admin.prepareStatement(sql)) {
                count.setObject(1, parameter);
                try (java.sql.ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("count failed: " + sql, e);
            }
        }
    }

    private static Database database;

    // where new databases are created and dropped from: the server's own database, never one of ours
    private static String serverUrl;
    private static Properties serverLogin;

    private TestPostgres() {}

    public static synchronized Database database() {
        if (database == null) {
            database = provision();
        }
        return database;
    }

    /**
     * Another new, empty database on the same server, dropped when the JVM exits, for tests that need
     * whole-database totals of their own.
     */
    public static synchronized Database newDatabase() {
        return freshDatabaseOn(database().source());
    }

    private static Database provision() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            serverUrl = url;
            serverLogin = loginFrom(url);
            return freshDatabaseOn("environment");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            Database server = new Database(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
            rememberServer(server);
            return server;
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            Database server =
                    new Database(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "embedded");
            rememberServer(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        if (!DockerEngine.mightBePresent()) {
            return false; // asking Testcontainers would log an ERROR for an expected case
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    // a server of the test's own (container, embedded): its default database is where others are made
    private static void rememberServer(Database server) {
        serverUrl = server.jdbcUrl();
        serverLogin = new Properties();
        serverLogin.setProperty("user", server.username());
        serverLogin.setProperty("password", server.password());
    }

    // dropped by a hook that connects to the server's database, not to the per-JVM one, which its own
    // hook may be dropping at the same moment (that race left the extra databases behind)
    private static Database freshDatabaseOn(String source) {
        String name =
                "portside_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(serverUrl, serverLogin);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabase(serverUrl, serverLogin, name)));
        String base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
        String jdbcUrl = base.substring(0, base.lastIndexOf('/') + 1) + name;
        return new Database(
                jdbcUrl, serverLogin.getProperty("user", "postgres"), serverLogin.getProperty("password", ""), source);
    }

    private static Properties loginFrom(String url) {
        Properties login = new Properties();
        if (url.contains("?")) {
            for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && (kv[0].equals("user") || kv[0].equals("password"))) {
                    login.setProperty(kv[0], kv[1]);
                }
            }
        }
        login.putIfAbsent("user", "postgres");
        login.putIfAbsent("password", "");
        return login;
    }

    private static void dropDatabase(String serverUrl, Properties login, String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl, login);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // best effort at JVM exit; a leftover portside_test_* database holds only test rows
        }
    }
}
