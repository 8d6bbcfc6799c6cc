package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.domain.shared.StorageUnavailableException;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Without transactions (and without the test-only escape hatch) every unit of work is refused before
 * its work runs: the adapter never pretends to be atomic.
 */
class NonTransactionalRefusalTest {

    @Test
    void every_unit_fails_with_a_clear_error_on_a_server_without_transactions() {
        TestMongo.Server server = TestMongo.server();
        assumeFalse(server.supportsTransactions(), server.source() + " has transactions; the refusal needs a server without");
        AtomicBoolean ran = new AtomicBoolean();
        try (ApplicationContext context = ApplicationContext.run(Map.of("mongodb.uri", server.uri()),
                MongoAdapter.ENVIRONMENT)) {
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);

            assertThatThrownBy(() -> unitOfWork.run(() -> ran.set(true)))
                    .isInstanceOf(StorageUnavailableException.class)
                    .cause().hasMessageContaining("has no transactions").hasMessageContaining("replica set");
            assertThat(context.getBean(MongoDeployment.class).supportsTransactions()).isFalse();
        }
        assertThat(ran).isFalse();
    }
}
