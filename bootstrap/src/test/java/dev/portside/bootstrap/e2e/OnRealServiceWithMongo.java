package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.ScenarioAdmin;
import dev.portside.adapters.mongo.testsupport.TestMongo;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * The real service on the {@code mongo} configuration and the test MongoDB, with the same admin
 * ({@link ScenarioAdmin}) and JWT secret as the PostgreSQL runs. Implementers add
 * {@code @MicronautTest(environments = "mongo")}.
 */
interface OnRealServiceWithMongo extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestMongo.server().micronautProperties());
        properties.putAll(ScenarioAdmin.properties());
        properties.put("portside.security.jwt-secret", OnRealServiceWithPostgres.JWT_SECRET);
        return properties;
    }
}
