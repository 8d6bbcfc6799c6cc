package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.ScenarioAdmin;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * The real service (bootstrap's composition, every adapter of the default configuration) on the test
 * PostgreSQL, with the scenarios' bootstrap admin ({@link ScenarioAdmin}) and a known JWT secret so
 * token scenarios can forge tokens.
 */
interface OnRealServiceWithPostgres extends TestPropertyProvider {

    String JWT_SECRET = "e2e-only-secret-that-is-at-least-32-bytes-long";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.putAll(ScenarioAdmin.properties());
        properties.put("portside.security.jwt-secret", JWT_SECRET);
        return properties;
    }
}
