package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How fresh the account state behind a token must be ({@code portside.security.account-check}).
 * {@code ttl} is the documented bound: a deletion, lock or demotion made on another instance stops
 * that user's tokens within it (this instance forgets its own changes at once).
 */
@ConfigurationProperties("portside.security.account-check")
public final class AccountCheckConfiguration {

    private Duration ttl = Duration.ofSeconds(5);
    private long maxEntries = 10_000;

    public Duration getTtl() {
        return ttl;
    }

    public void setTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative()) {
            throw new IllegalArgumentException("portside.security.account-check.ttl must be 0 or more");
        }
        this.ttl = ttl;
    }

    public long getMaxEntries() {
        return maxEntries;
    }

    public void setMaxEntries(long maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("portside.security.account-check.max-entries must be positive");
        }
        this.maxEntries = maxEntries;
    }
}
