package dev.portside.adapters.postgres.shared;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How often a unit of work is rerun after a transient failure ({@code portside.unit-of-work.*}).
 *
 * @param maxAttempts runs of one unit at most, the first included
 * @param baseBackoff the first retry waits a random time up to this, each further one up to twice as long
 * @param maxBackoff  cap of one wait
 */
@ConfigurationProperties("portside.unit-of-work")
record UnitOfWorkSettings(
        @Bindable(defaultValue = "5") int maxAttempts,
        @Bindable(defaultValue = "5ms") Duration baseBackoff,
        @Bindable(defaultValue = "200ms") Duration maxBackoff) {}
