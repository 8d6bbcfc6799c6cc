package dev.portside.adapters.postgres.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code portside.idempotency.*}.
 *
 * @param retention how long a key and its stored response are kept, from the claim; API.md promises at least 24 hours
 */
@ConfigurationProperties("portside.idempotency")
record IdempotencySettings(@Bindable(defaultValue = "24h") Duration retention) {

    IdempotencySettings {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("portside.idempotency.retention must be at least 24h (API.md)");
        }
    }
}
