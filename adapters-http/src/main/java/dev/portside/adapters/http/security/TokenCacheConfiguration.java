package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How many verified bearer tokens {@link VerifiedTokens} remembers ({@code portside.security.token-cache}).
 * An entry is a 32-byte digest and the token's {@code Authentication}, a few hundred bytes: the
 * default bounds the cache to a few MB however many tokens are presented.
 */
@ConfigurationProperties("portside.security.token-cache")
public final class TokenCacheConfiguration {

    private long maxEntries = 10_000;

    public long getMaxEntries() {
        return maxEntries;
    }

    public void setMaxEntries(long maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("portside.security.token-cache.max-entries must be positive");
        }
        this.maxEntries = maxEntries;
    }
}
