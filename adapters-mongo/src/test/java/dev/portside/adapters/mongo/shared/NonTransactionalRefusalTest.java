package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment without transactions (a standalone server; the in-process test server is exactly one)
 * stops the start as an invalid setting, with a message that says how to get a replica set, instead of
 * reporting healthy and then failing every request. Only the test-only switch lets a context start there.
 */
class NonTransactionalRefusalTest {

    @Test
    void a_server_without_transactions_stops_the_start_with_how_to_start_a_replica_set() {
        TestMongo.Server server = TestMongo.server();
        assumeFalse(
                server.supportsTransactions(),
                server.source() + " has transactions; the refusal needs a server without");

        assertThatThrownBy(() -> ApplicationContext.run(
                                Map.of("mongodb.uri", server.uri(), "mongodb.uuid-representation", "STANDARD"),
                                MongoAdapter.ENVIRONMENT)
                        .close())
                .satisfies(failure -> assertThat(innermostConfigurationError(failure))
                        .isEqualTo(MongoDeployment.refusal("standalone server")))
                .satisfies(failure -> assertThat(innermostConfigurationError(failure))
                        .startsWith("invalid setting MONGODB_URI (mongodb.uri): ")
                        .contains("has no transactions")
                        .contains("mongod --replSet rs0")
                        .contains("rs.initiate()"));
    }

    @Test
    void the_test_only_switch_lets_the_context_start_on_a_server_without_transactions() {
        TestMongo.Server server = TestMongo.server();
        assumeFalse(server.supportsTransactions(), server.source() + " has transactions; the switch is not needed");

        try (ApplicationContext context = ApplicationContext.run(
                Map.<String, Object>copyOf(server.micronautProperties()), MongoAdapter.ENVIRONMENT)) {
            assertThat(context.getBean(MongoDeployment.class).supportsTransactions())
                    .isFalse();
            assertThat(context.getBean(MongoDeployment.class).nonTransactionalAllowed())
                    .isTrue();
        }
    }

    private static String innermostConfigurationError(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConfigurationException configuration) {
                message = configuration.getMessage();
            }
        }
        assertThat(message)
                .as("a ConfigurationException among the causes of " + failure)
                .isNotNull();
        return message;
    }
}
