package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.application.shared.StorageProbe;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The readiness probe against the test MongoDB. */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoStorageProbeTest implements OnTestMongo {

    @Inject
    StorageProbe probe;

    @Test
    void a_reachable_server_answers_the_probe() {
        assertThatCode(probe::ping).doesNotThrowAnyException();
    }
}
