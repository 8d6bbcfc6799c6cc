package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

/**
 * With Micronaut's metrics switched off ({@code micronaut.metrics.enabled: false}) Micronaut makes no
 * {@link MeterRegistry}, while Portside's observation of ports, use cases, statements and caches asks
 * for one: every API request then failed with a dependency-injection error (500). Here that setting
 * gets a registry that keeps nothing: a {@link CompositeMeterRegistry} with no registry under it hands
 * out meters that record nothing. {@code /prometheus} is gone with the setting, as Micronaut intends.
 */
@Factory
class MetricsOff {

    @Singleton
    @Requires(property = "micronaut.metrics.enabled", value = StringUtils.FALSE)
    MeterRegistry nothingKept() {
        return new CompositeMeterRegistry();
    }
}
