package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 signing secret: {@code portside.security.jwt-secret} (environment
 * {@code PORTSIDE_SECURITY_JWT_SECRET}), at least 32 bytes. Without one, a random secret is generated
 * for this process only, so the service still starts with zero configuration, but tokens do not
 * survive a restart and instances do not accept each other's tokens.
 *
 * <p>Created with the context ({@code @Context}), not at the first request: a secret that is too short
 * must stop the start, not turn every request into a 500 after "Startup completed".
 */
@Context
public final class JwtSecret {

    static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private final String value;

    public JwtSecret(SecuritySettings settings) {
        String configured = settings.jwtSecret();
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            this.value = Base64.getEncoder().encodeToString(random);
            LOG.warn("portside.security.jwt-secret is not set: using a random secret; "
                    + "tokens will not survive a restart (set PORTSIDE_SECURITY_JWT_SECRET)");
        } else if (configured.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new ConfigurationException(
                    "invalid setting PORTSIDE_SECURITY_JWT_SECRET (portside.security.jwt-secret): "
                            + "must be at least " + MIN_BYTES + " bytes, it has "
                            + configured.getBytes(StandardCharsets.UTF_8).length);
        } else {
            this.value = configured;
        }
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "JwtSecret[****]";
    }
}
