package dev.portside.adapters.postgres.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Points a Micronaut test's context at the test database. An interface, so that a test can extend a
 * testkit contract suite and still get its server; implementers need
 * {@code @TestInstance(PER_CLASS)}, which {@link TestPropertyProvider} requires.
 */
public interface OnTestPostgres extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestPostgres.database().micronautProperties();
    }
}
