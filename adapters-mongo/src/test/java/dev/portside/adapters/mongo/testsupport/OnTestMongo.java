package dev.portside.adapters.mongo.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;

/**
 * Points a Micronaut test's context at the test MongoDB. An interface, so that a test can extend a
 * testkit contract suite and still get its server. Implementers need {@code @TestInstance(PER_CLASS)}
 * (which {@link TestPropertyProvider} requires) and the {@code mongo} environment:
 * {@code @MicronautTest(environments = "mongo", transactional = false)}.
 */
public interface OnTestMongo extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestMongo.server().micronautProperties();
    }
}
