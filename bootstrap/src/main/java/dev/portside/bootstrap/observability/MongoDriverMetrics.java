package dev.portside.bootstrap.observability;

import com.mongodb.event.CommandListener;
import com.mongodb.event.ConnectionPoolListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsCommandListener;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Micrometer's MongoDB driver binders, registered with the client by micronaut-mongo (it adds every
 * {@code CommandListener} and {@code ConnectionPoolListener} bean): {@code mongodb.driver.commands}
 * (a timer per command, collection and status) and {@code mongodb.driver.pool.size|checkedout|waitqueuesize}.
 */
@Factory
@Requires(env = "mongo")
class MongoDriverMetrics {

    @Singleton
    CommandListener mongoCommandMetrics(MeterRegistry registry) {
        return new MongoMetricsCommandListener(registry);
    }

    @Singleton
    ConnectionPoolListener mongoPoolMetrics(MeterRegistry registry) {
        return new MongoMetricsConnectionPoolListener(registry);
    }
}
