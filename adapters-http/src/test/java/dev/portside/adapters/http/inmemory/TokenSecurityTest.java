package dev.portside.adapters.http.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.TokenSecurityScenarios;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.validator.TokenValidator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest
class TokenSecurityTest extends TokenSecurityScenarios {

    @Inject
    List<TokenValidator<?>> validators;

    @Value("${portside.security.jwt-secret}")
    String secret;

    @Override
    protected String jwtSecret() {
        return secret;
    }

    @Test
    void tokens_are_validated_by_the_caching_validator_alone() {
        // a second validator (Micronaut's reactive Nimbus one, unless configuration switches it off)
        // would verify every token in full again on every request
        assertThat(validators)
                .extracting(validator -> validator.getClass().getSimpleName())
                .containsExactly("VerifiedTokens");
    }
}
