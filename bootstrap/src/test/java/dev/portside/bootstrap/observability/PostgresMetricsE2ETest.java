package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.postgres.testsupport.FutureEvents;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.adapters.redis.testsupport.TestRedisServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service on PostgreSQL with the Redis cache, after a scenario of every kind of request and a
 * subscriber receiving live events (with events of a type this build does not know stored between
 * two of them): each metric that README's "Operating Portside" lists is in /prometheus with a value
 * that fits the scenario.
 */
@MicronautTest(transactional = false, environments = "redis")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresMetricsE2ETest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private static final String UNKNOWN_TYPE =
            "test.future_" + UUID.randomUUID().toString().substring(0, 8);

    private Prometheus metrics;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.putAll(Traffic.adminProperties());
        properties.put("redis.uri", TestRedisServer.uri());
        properties.put(
                "portside.cache.key-prefix",
                "portside-obs-" + UUID.randomUUID().toString().substring(0, 8));
        return properties;
    }

    @BeforeAll
    void runScenarioThenScrape() {
        Traffic traffic = new Traffic(server.getURI());
        traffic.everything();
        traffic.liveEvents(() -> FutureEvents.store(UNKNOWN_TYPE, "users", 3));
        ApiResponse scraped = traffic.get("/prometheus");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        metrics = new Prometheus(scraped.body());
    }

    @Test
    void use_cases_are_timed_by_outcome_with_latency_buckets() {
        assertThat(metrics.sum(
                        "portside_usecase_seconds_count",
                        "usecase=\"TransferMoney\"",
                        "outcome=\"ok\"",
                        "code=\"none\""))
                .isEqualTo(1);
        assertThat(metrics.sum(
                        "portside_usecase_seconds_count",
                        "usecase=\"TransferMoney\"",
                        "outcome=\"refused\"",
                        "code=\"insufficient_funds\""))
                .isEqualTo(1);
        assertThat(metrics.sum("portside_usecase_seconds_count", "usecase=\"RegisterUser\"", "outcome=\"ok\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("portside_usecase_seconds_sum", "usecase=\"TransferMoney\"", "outcome=\"ok\""))
                .isGreaterThan(0)
                .isLessThan(30);
        assertThat(metrics.sum(
                        "portside_usecase_seconds_bucket",
                        "usecase=\"TransferMoney\"",
                        "outcome=\"ok\"",
                        "le=\"+Inf\""))
                .isEqualTo(1);
        assertThat(metrics.find("portside_usecase_seconds_bucket", "usecase=\"TransferMoney\"", "le=\"0.1\""))
                .isNotEmpty();
    }

    @Test
    void driven_port_methods_are_timed_per_backend() {
        assertThat(metrics.sum(
                        "portside_port_seconds_count",
                        "port=\"AccountRepository\"",
                        "method=\"lockAllById\"",
                        "backend=\"postgres\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("portside_port_seconds_count", "port=\"Ledger\"", "backend=\"postgres\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("portside_port_seconds_count", "port=\"IdempotencyStore\"", "method=\"claim\""))
                .isGreaterThanOrEqualTo(3);
        // the cached repository is what the use cases call on redis
        assertThat(metrics.sum(
                        "portside_port_seconds_count",
                        "port=\"ProductRepository\"",
                        "method=\"findById\"",
                        "backend=\"redis\""))
                .isEqualTo(2);
        assertThat(metrics.sum("portside_port_seconds_count", "port=\"PasswordHasher\"", "backend=\"crypto\""))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_outbox_is_timed_on_both_sides_and_events_of_unknown_types_are_counted() {
        assertThat(metrics.sum(
                        "portside_port_seconds_count",
                        "port=\"OutboxFeed\"",
                        "method=\"readAfter\"",
                        "backend=\"postgres\""))
                .isGreaterThanOrEqualTo(2);
        assertThat(metrics.sum(
                        "portside_port_seconds_count",
                        "port=\"OutboxFeed\"",
                        "method=\"lastId\"",
                        "backend=\"postgres\""))
                .isGreaterThanOrEqualTo(1);
        // a deposit writes one event, a transfer two
        assertThat(metrics.sum(
                        "portside_port_seconds_count", "port=\"Outbox\"", "method=\"append\"", "backend=\"postgres\""))
                .isGreaterThanOrEqualTo(5);
        assertThat(metrics.sum(
                        "portside_outbox_skipped_total", "backend=\"postgres\"", "type=\"" + UNKNOWN_TYPE + "\""))
                .isEqualTo(3);
    }

    @Test
    void replays_and_retries_are_counted() {
        assertThat(metrics.sum("portside_idempotency_replays_total")).isEqualTo(1);
        assertThat(metrics.sum("portside_uow_retries_total", "backend=\"postgres\"", "cause=\"version_conflict\""))
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void cache_reads_and_errors_are_counted() {
        assertThat(metrics.sum("portside_cache_gets_total", "cache=\"product\"", "result=\"miss\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("portside_cache_gets_total", "cache=\"product\"", "result=\"hit\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("portside_cache_errors_total", "cache=\"product\""))
                .isZero();
        assertThat(metrics.sum("portside_cache_circuit_state", "cache=\"product\""))
                .isZero();
    }

    @Test
    void the_hikari_pool_is_measured() {
        assertThat(metrics.sum("hikaricp_connections_max")).isEqualTo(16);
        assertThat(metrics.sum("hikaricp_connections_active")).isBetween(0.0, 16.0);
        assertThat(metrics.sum("hikaricp_connections_idle")).isBetween(0.0, 16.0);
        assertThat(metrics.sum("hikaricp_connections_pending")).isZero();
        assertThat(metrics.sum("hikaricp_connections_acquire_seconds_count")).isGreaterThan(5);
        assertThat(metrics.sum("hikaricp_connections_timeout_total")).isZero();
    }

    @Test
    void http_requests_are_timed_per_route() {
        assertThat(metrics.sum("http_server_requests_seconds_count", "uri=\"/api/transfers\"", "status=\"201\""))
                .isEqualTo(2);
    }
}
