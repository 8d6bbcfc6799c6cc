package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Micronaut's metrics switched off: the API works as before, and there is nothing to scrape. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsOffE2ETest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.putAll(Traffic.adminProperties());
        properties.put("micronaut.metrics.enabled", "false");
        return properties;
    }

    @Test
    void every_kind_of_request_works_with_metrics_switched_off() {
        new Traffic(server.getURI()).everything();
    }

    @Test
    void there_is_nothing_to_scrape() {
        assertThat(new Traffic(server.getURI()).get("/prometheus").status()).isEqualTo(404);
    }
}
