package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A peer listed in portside.management.allowed-addresses scrapes /prometheus and reads health details without a token. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresManagementAllowedAddressE2ETest implements OnRealServiceWithPostgres {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnRealServiceWithPostgres.super.getProperties());
        properties.put("portside.management.allowed-addresses", "127.0.0.1,::1");
        return properties;
    }

    @Test
    void a_configured_address_scrapes_prometheus_without_a_token() {
        ApiClient api = new ApiClient(server.getURI());
        assertThat(api.get("/prometheus", null).status()).isEqualTo(200);
    }

    @Test
    void a_configured_address_reads_health_details_without_a_token() {
        ApiClient api = new ApiClient(server.getURI());
        var health = api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("details")).as(health.body()).isNotNull();
        var readiness = api.get("/health/readiness", null);
        assertThat(readiness.json().get("details")).as(readiness.body()).isNotNull();
    }
}
