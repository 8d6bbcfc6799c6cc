package dev.portside.bootstrap.health;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How storage readiness is judged ({@code portside.readiness.*}).
 *
 * @param probeInterval pause between two probes of the storage
 * @param probeTimeout  a probe still running after this long counts as failed (the storage hangs)
 * @param downAfter     readiness turns DOWN only once the storage has failed continuously this long:
 *                      one killed connection or a restart shorter than this never takes the instance out
 */
@ConfigurationProperties("portside.readiness")
record ReadinessSettings(
        @Bindable(defaultValue = "1s") Duration probeInterval,
        @Bindable(defaultValue = "1s") Duration probeTimeout,
        @Bindable(defaultValue = "10s") Duration downAfter) {

    ReadinessSettings {
        requirePositive("probe-interval", probeInterval);
        requirePositive("probe-timeout", probeTimeout);
        if (downAfter.isNegative()) {
            throw new IllegalArgumentException("portside.readiness.down-after cannot be negative");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("portside.readiness." + name + " must be a positive duration");
        }
    }
}
