package dev.portside.adapters.http.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jwt.JWT;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * The bearer-token validator: a token is parsed and verified (signature, {@code exp} required and in
 * the future, {@code nbf}, {@code iss}) by Micronaut's own synchronous Nimbus validator the first
 * time it is seen; after that, until the token expires, a SHA-256 of it and a map lookup answer
 * (a few microseconds instead of base64, JSON parsing and an HMAC per request; issue 14, ADR 18).
 *
 * <p>What makes this safe: everything verified about a token is fixed by its bytes except time.
 * {@code nbf} and {@code iss} cannot change their verdict once it was "valid" ({@code nbf} lies in
 * the past from then on); {@code exp} can, so an entry is never served at or after the token's
 * {@code exp}, whatever the cache's own expiry does. Revocation (deleted, locked, demoted users) is
 * not the token's business: {@link AccountCheckFilter} still runs on every request (ADR 8).
 *
 * <p>Keyed by a digest, never by the token: a heap dump shows no usable token, and a key is 32 bytes.
 * Refused tokens are not cached, so garbage cannot evict good entries; the size is bounded
 * ({@link TokenCacheConfiguration}). Micronaut's reactive Nimbus validator is switched off in
 * configuration ({@code micronaut.security.token.jwt.nimbus.reactive-validator: false}): with two
 * validators every token would still be verified in full.
 */
@Singleton
final class VerifiedTokens implements TokenValidator<HttpRequest<?>> {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokens::sha256);

    /** A verified token: who it authenticates and until when. */
    private record Verified(Authentication authentication, Instant expiresAt) {}

    private final JsonWebTokenValidator<JWT, HttpRequest<?>> verifier;
    private final JwtAuthenticationFactory authentications;
    private final Cache<ByteBuffer, Verified> verified;

    VerifiedTokens(
            JsonWebTokenValidator<JWT, HttpRequest<?>> verifier,
            JwtAuthenticationFactory authentications,
            TokenCacheConfiguration configuration) {
        this.verifier = verifier;
        this.authentications = authentications;
        this.verified = Caffeine.newBuilder()
                .maximumSize(configuration.getMaxEntries())
                .expireAfter(Expiry.writing((ByteBuffer key, Verified value) -> untilExpiry(value)))
                .build();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return authenticate(token, request, Instant.now()).map(Publishers::just).orElseGet(Publishers::empty);
    }

    Optional<Authentication> authenticate(String token, HttpRequest<?> request, Instant now) {
        ByteBuffer key = digest(token);
        Verified known = verified.getIfPresent(key);
        if (known != null && now.isBefore(known.expiresAt())) {
            return Optional.of(known.authentication());
        }
        Optional<Verified> fresh = verifier.validate(token, request).flatMap(this::verified);
        fresh.filter(v -> now.isBefore(v.expiresAt())).ifPresent(v -> verified.put(key, v));
        return fresh.map(Verified::authentication);
    }

    private Optional<Verified> verified(JWT jwt) {
        Date expiry;
        try {
            expiry = jwt.getJWTClaimsSet().getExpirationTime();
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (expiry == null) {
            return Optional.empty(); // ExpiryRequiredClaimsValidator refuses these already; never cache one
        }
        return authentications.createAuthentication(jwt).map(a -> new Verified(a, expiry.toInstant()));
    }

    private static Duration untilExpiry(Verified value) {
        Duration left = Duration.between(Instant.now(), value.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** SHA-256 of the token as a map key (ByteBuffer compares by content). */
    private static ByteBuffer digest(String token) {
        return ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
