package dev.portside.adapters.mongo.idempotency;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code portside.idempotency.*}.
 *
 * @param retention     how long a key and its stored response are kept, from the claim; API.md promises at least 24 hours
 * @param inFlightLease without transactions only (tests): a claim whose process died blocks its key this long
 * @param inFlightWait  without transactions only: a concurrent claim polls a running one this long before 409
 */
@ConfigurationProperties("portside.idempotency")
record IdempotencySettings(
        @Bindable(defaultValue = "24h") Duration retention,
        @Bindable(defaultValue = "60s") Duration inFlightLease,
        @Bindable(defaultValue = "5s") Duration inFlightWait) {

    IdempotencySettings {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("portside.idempotency.retention must be at least 24h (API.md)");
        }
    }
}
