package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * The access tokens' settings ({@code portside.security.*}).
 *
 * @param jwtSecret     HS256 signing secret; blank means a random one per process ({@link JwtSecret})
 * @param tokenLifetime how long an issued access token is valid
 */
@ConfigurationProperties("portside.security")
public record SecuritySettings(
        @Nullable String jwtSecret,
        @Bindable(defaultValue = "1h") Duration tokenLifetime) {

    public SecuritySettings {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalStateException("portside.security.token-lifetime must be positive");
        }
    }
}
