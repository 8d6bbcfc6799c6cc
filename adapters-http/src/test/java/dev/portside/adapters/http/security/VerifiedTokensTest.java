package dev.portside.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache in front of full token verification; the HTTP behaviour is in TokenSecurityScenarios. */
class VerifiedTokensTest {

    // the cache's own expiry runs on the real clock: tokens here expire in real time too
    private static final Instant NOW = Instant.now();
    private static final Instant EXPIRY = NOW.plusSeconds(600);

    private final AtomicInteger verifications = new AtomicInteger();
    private final Map<String, JWT> valid = Map.of("good-token", jwt("alice", EXPIRY));

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> verifier = (token, request) -> {
        verifications.incrementAndGet();
        return Optional.ofNullable(valid.get(token));
    };

    private final VerifiedTokens tokens = new VerifiedTokens(
            verifier, jwt -> Optional.of(Authentication.build(subject(jwt))), new TokenCacheConfiguration());

    @Test
    void a_token_is_verified_once_and_then_answered_from_the_cache() {
        assertThat(tokens.authenticate("good-token", null, NOW))
                .map(Authentication::getName)
                .hasValue("alice");
        assertThat(tokens.authenticate("good-token", null, NOW.plusSeconds(1)))
                .map(Authentication::getName)
                .hasValue("alice");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_cached_entry_is_never_served_at_the_tokens_expiry_the_token_is_verified_again() {
        tokens.authenticate("good-token", null, NOW);

        // this verifier stands in for the real one and accepts anything it knows; the real one refuses
        // an expired token, and what matters here is that it is asked
        tokens.authenticate("good-token", null, EXPIRY);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void refused_tokens_are_not_cached() {
        assertThat(tokens.authenticate("forged-token", null, NOW)).isEmpty();
        assertThat(tokens.authenticate("forged-token", null, NOW)).isEmpty();

        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_token_already_expired_when_verified_is_not_cached() {
        Map<String, JWT> stale = Map.of("stale-token", jwt("bob", NOW.minusSeconds(1)));
        AtomicInteger calls = new AtomicInteger();
        VerifiedTokens lenient = new VerifiedTokens(
                (token, request) -> {
                    calls.incrementAndGet();
                    return Optional.ofNullable(stale.get(token));
                },
                jwt -> Optional.of(Authentication.build(subject(jwt))),
                new TokenCacheConfiguration());

        lenient.authenticate("stale-token", null, NOW);
        lenient.authenticate("stale-token", null, NOW);

        assertThat(calls).hasValue(2);
    }

    private static JWT jwt(String subject, Instant expiry) {
        return new PlainJWT(new JWTClaimsSet.Builder()
                .subject(subject)
                .expirationTime(Date.from(expiry))
                .build());
    }

    private static String subject(JWT jwt) {
        try {
            return jwt.getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
