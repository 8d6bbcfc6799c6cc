package dev.portside.bootstrap.backends;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
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
        return new HashMap<>(TestPostgres.newDatabase().micronautProperties());
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
}
