package dev.portside.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JwtSecretTest {

    @Test
    void without_configuration_each_process_gets_its_own_random_secret() {
        JwtSecret first = secret("");
        JwtSecret second = secret(null);

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.value().length()).isGreaterThanOrEqualTo(JwtSecret.MIN_BYTES);
        assertThat(first.toString()).doesNotContain(first.value());
    }

    @Test
    void a_configured_secret_is_used_as_given() {
        String secret = "a-configured-secret-of-at-least-32-bytes";
        assertThat(secret(secret).value()).isEqualTo(secret);
    }

    @Test
    void a_short_secret_refuses_to_start() {
        assertThatThrownBy(() -> secret("too-short"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invalid setting PORTSIDE_SECURITY_JWT_SECRET (portside.security.jwt-secret): "
                        + "must be at least 32 bytes, it has 9");
    }

    private static JwtSecret secret(String configured) {
        return new JwtSecret(new SecuritySettings(configured, Duration.ofHours(1)));
    }
}
