package dev.portside.bootstrap.observability;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The slow-query log ({@code portside.observability.slow-query.*}, ADR 20): a statement or command that
 * takes longer than {@code threshold} is logged once at WARN on the logger {@code portside.slow-query}
 * (the fields of the statement log) and counted in {@code portside.storage.slow}. On by default.
 *
 * @param enabled   whether slow statements are looked for at all
 * @param threshold a statement taking longer than this is slow
 */
@ConfigurationProperties("portside.observability.slow-query")
public record SlowQuerySettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "200ms") Duration threshold) {

    public SlowQuerySettings {
        if (threshold == null || threshold.isNegative()) {
            throw new IllegalArgumentException("portside.observability.slow-query.threshold cannot be negative");
        }
    }
}
