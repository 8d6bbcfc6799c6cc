package dev.portside.adapters.mongo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment alone selects MongoDB: a stray {@code mongodb.uri} without it starts nothing here. */
class MongoSelectionTest {

    @Test
    void without_the_mongo_environment_no_bean_of_this_adapter_exists() {
        Map<String, Object> uriOnly = Map.of("mongodb.uri", TestMongo.server().uri());
        try (ApplicationContext context = ApplicationContext.run(uriOnly)) {
            assertThat(context.findBean(MongoStorage.class)).isEmpty();
            assertThat(context.findBean(UnitOfWork.class)).isEmpty();
        }
    }

    @Test
    void with_the_mongo_environment_the_adapter_starts_and_postgres_is_switched_off() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.copyOf(TestMongo.server().micronautProperties()), MongoAdapter.ENVIRONMENT)) {
            assertThat(context.getBean(UnitOfWork.class)).isInstanceOf(MongoUnitOfWork.class);
            assertThat(context.getProperty("datasources.default.enabled", Boolean.class))
                    .contains(false);
            assertThat(context.getProperty("flyway.enabled", Boolean.class)).contains(false);
            assertThat(context.getProperty("mongodb.uuid-representation", String.class))
                    .contains("STANDARD");
        }
    }
}
