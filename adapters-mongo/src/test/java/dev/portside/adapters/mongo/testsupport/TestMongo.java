package dev.portside.adapters.mongo.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import dev.portside.adapters.mongo.shared.MongoDeployment;
import dev.portside.adapters.mongo.shared.TransactionSupport;
import dev.portside.testkit.shared.DockerEngine;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;

/**
 * Finds a MongoDB server for tests, in this order: {@code PORTSIDE_TEST_MONGODB_URI} from the
 * environment (CI points it at a replica set), a Testcontainers single-node replica set when a Docker
 * engine answers, otherwise the in-process mongo-java-server. Every test JVM gets a fresh database.
 *
 * <p>Only the in-process server is configured with
 * {@value MongoDeployment#ALLOW_NON_TRANSACTIONAL}: it has no transactions, so its units of work run
 * without atomicity and every test that needs a rollback is skipped there ({@link NeedsTransactions}).
 */
public final class TestMongo {

    public static final String URI_VARIABLE = "PORTSIDE_TEST_MONGODB_URI";
    public static final String IN_PROCESS = "in-process mongo-java-server";

    /** Where the test database lives and what it can do. */
    public record Server(String uri, String source, boolean supportsTransactions) {

        /** The Micronaut properties that point the adapter at this database. */
        public Map<String, String> micronautProperties() {
            Map<String, String> properties = new HashMap<>();
            properties.put("mongodb.uri", uri);
            properties.put("mongodb.uuid-representation", "STANDARD");
            if (!supportsTransactions) {
                properties.put(MongoDeployment.ALLOW_NON_TRANSACTIONAL, "true");
            }
            return properties;
        }
    }

    private static Server server;

    private TestMongo() {}

    public static synchronized Server server() {
        if (server == null) {
            server = provision();
        }
        return server;
    }

    private static Server provision() {
        String database =
                "portside_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = System.getenv(URI_VARIABLE);
        if (url != null && !url.isBlank()) {
            String uri = withDatabase(url, database);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabase(uri, database)));
            return new Server(uri, "environment (" + URI_VARIABLE + ")", probe(uri));
        }
        if (dockerAvailable()) {
            MongoDBContainer container = new MongoDBContainer("mongo:7.0");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            String uri = container.getReplicaSetUrl(database);
            return new Server(uri, "testcontainers replica set", probe(uri));
        }
        MongoServer inProcess = new MongoServer(new SessionAdvertisingBackend());
        InetSocketAddress address = inProcess.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(inProcess::shutdownNow));
        return new Server(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database, IN_PROCESS, false);
    }

    private static boolean probe(String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            return TransactionSupport.probe(client).available();
        }
    }

    /** Replaces the database of a connection string, keeping hosts and options. */
    static String withDatabase(String uri, String database) {
        int schemeEnd = uri.indexOf("://") + 3;
        int queryStart = uri.indexOf('?', schemeEnd);
        String query = queryStart < 0 ? "" : uri.substring(queryStart);
        String authority = queryStart < 0 ? uri : uri.substring(0, queryStart);
        int pathStart = authority.indexOf('/', schemeEnd);
        String hosts = pathStart < 0 ? authority : authority.substring(0, pathStart);
        return hosts + "/" + database + query;
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

    private static void dropDatabase(String uri, String database) {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase(database).drop();
        } catch (RuntimeException ignored) {
            // best effort at JVM exit; a leftover portside_test_* database holds only test documents
        }
    }
}
