package dev.portside.bootstrap.backends;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own, on the test servers that {@link TestPostgres} and {@link TestMongo} found,
 * for tests that compare whole-database results (reports, migration checksums). The bootstrap tests
 * share one JVM and so one per-JVM test database; anything in it would change such totals.
 */
public final class FreshDatabases {

    private FreshDatabases() {}

    /** Micronaut properties of a new, empty PostgreSQL database (dropped when the JVM exits). */
    public static Map<String, Object> postgres() {
        TestPostgres.Database shared = TestPostgres.database();
        String name = uniqueName();
        execute(shared, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(shared, name)));
        Map<String, Object> properties = new HashMap<>(shared.micronautProperties());
        properties.put("datasources.default.url", withDatabase(shared.jdbcUrl(), name));
        return properties;
    }

    /** Micronaut properties (for the {@code mongo} environment) of a new, empty MongoDB database. */
    public static Map<String, Object> mongo() {
        Map<String, Object> properties = new HashMap<>(TestMongo.server().micronautProperties());
        properties.put("mongodb.uri", withDatabase(TestMongo.server().uri(), uniqueName()));
        return properties;
    }

    /** Replaces the database (the last path segment) of a JDBC or MongoDB url, keeping its options. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String options = query < 0 ? "" : url.substring(query);
        int hostsStart = base.indexOf("//") + 2;
        int slash = base.indexOf('/', hostsStart);
        String hosts = slash < 0 ? base : base.substring(0, slash);
        return hosts + "/" + database + options;
    }

    private static String uniqueName() {
        return "portside_bk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void execute(TestPostgres.Database server, String sql) {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run: " + sql, e);
        }
    }

    private static void dropQuietly(TestPostgres.Database server, String name) {
        try {
            execute(server, "drop database if exists " + name + " with (force)");
        } catch (RuntimeException ignored) {
            // best effort at JVM exit; a leftover portside_bk_* database holds only test rows
        }
    }
}
