package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.mongo.testsupport.TestMongo;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The same observability on the {@code mongo} configuration: the statement log's command lines (port,
 * command, collection, rows, the command document with its text redacted), the MongoDB driver's command
 * and pool metrics, the port timers on {@code backend="mongo"}, and readiness saying whether the
 * deployment has transactions.
 */
@MicronautTest(transactional = false, environments = "mongo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoObservabilityE2ETest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private CapturedLogs logs;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestMongo.server().micronautProperties());
        properties.putAll(Traffic.adminProperties());
        properties.put("portside.observability.query-log.enabled", "true");
        return properties;
    }

    /** After the context started: Micronaut reconfigures logback when a context starts. */
    @BeforeAll
    void capture() {
        logs = new CapturedLogs("portside.query", "portside.slow-query");
    }

    @AfterAll
    void release() {
        logs.close();
    }

    @Test
    void commands_metrics_and_readiness_on_mongodb() {
        Traffic traffic = new Traffic(server.getURI());
        logs.clear();
        String email = "mongo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        ApiResponse registered = traffic.client()
                .post(
                        "/api/users",
                        null,
                        Map.of(
                                "username",
                                "m_" + UUID.randomUUID().toString().substring(0, 8),
                                "email",
                                email,
                                "password",
                                "correct horse battery"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Traffic.Accounts accounts = traffic.twoFundedAccounts();
        assertThat(traffic.transfer(accounts, "1.00", UUID.randomUUID().toString())
                        .status())
                .isEqualTo(201);

        List<String> lines = logs.lines();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("command: port=UserRepository method=")
                        .contains("backend=mongo", "command=insert", "collection=users", "rows=1 ", "document={")
                        .contains("<text:" + email.length() + ">"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("port=AccountRepository", "collection=accounts")
                        .containsPattern("rows=\\d+ "));
        // the transfer's events, written before the commit, count as the Outbox.append that registered them
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("command: port=Outbox method=append")
                        .contains("backend=mongo", "command=insert", "collection=outbox_events"));
        assertThat(String.join("\n", lines)).doesNotContain(email).doesNotContain("$argon2");

        Prometheus metrics = new Prometheus(traffic.get("/prometheus").body());
        assertThat(metrics.sum("mongodb_driver_commands_seconds_count", "command=\"insert\"", "collection=\"users\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("mongodb_driver_commands_seconds_count", "status=\"SUCCESS\""))
                .isGreaterThan(10);
        assertThat(metrics.sum("mongodb_driver_pool_size")).isGreaterThanOrEqualTo(1);
        assertThat(metrics.find("mongodb_driver_pool_checkedout")).isNotEmpty();
        assertThat(metrics.sum("portside_port_seconds_count", "port=\"AccountRepository\"", "backend=\"mongo\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum(
                        "portside_port_seconds_count", "port=\"Outbox\"", "method=\"append\"", "backend=\"mongo\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(metrics.sum("portside_usecase_seconds_count", "usecase=\"TransferMoney\"", "outcome=\"ok\""))
                .isEqualTo(1);
        assertThat(metrics.find("hikaricp_connections_max"))
                .as("no JDBC pool on mongo")
                .isEmpty();

        JsonNode storage = traffic.get("/health/readiness")
                .json()
                .get("details")
                .get("storage")
                .get("details");
        assertThat(storage.get("backend").getStringValue()).isEqualTo("mongo");
        assertThat(storage.get("transactions").getBooleanValue())
                .isEqualTo(TestMongo.server().supportsTransactions());
    }
}
