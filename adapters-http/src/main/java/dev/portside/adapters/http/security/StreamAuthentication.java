package dev.portside.adapters.http.security;

import dev.portside.application.shared.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * What long-lived event streams need from security: a token verified outside a request's filter chain
 * (the WebSocket's first message), the instant a token expires, and whether a caller's account still
 * admits the token, asked again while the stream stays open (the same rules and bound as
 * {@link AccountCheckFilter}, ADR 8).
 */
@Singleton
public final class StreamAuthentication {

    /** A verified caller and when its token stops being valid. */
    public record Verified(Actor actor, Instant expiresAt) {}

    private final VerifiedTokens tokens;
    private final AccountStandings standings;

    StreamAuthentication(VerifiedTokens tokens, AccountStandings standings) {
        this.tokens = tokens;
        this.standings = standings;
    }

    /**
     * Verifies a bearer token exactly as the HTTP filters do: signature, claims and expiry, then the
     * account behind it. May block (the account is read when it is not cached).
     */
    public Optional<Verified> verify(String token, HttpRequest<?> request) {
        if (token == null || token.isBlank() || token.length() > 8192) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.authenticate(token.strip(), request, now)
                .flatMap(authentication -> {
                    Actor actor;
                    try {
                        actor = Actors.from(authentication);
                    } catch (RuntimeException notAUser) {
                        return Optional.empty();
                    }
                    return expiryOf(authentication).filter(now::isBefore).map(exp -> new Verified(actor, exp));
                })
                .filter(verified -> stillAdmitted(verified.actor()));
    }

    /** When the token behind an authentication expires ({@code exp}); empty when it carries none. */
    public Optional<Instant> expiryOf(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (exp instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (exp instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }

    /**
     * Whether the caller's account still exists, is not locked and holds every role the token claims.
     * Answers from the cache when it can; otherwise reads the account (blocking).
     */
    public boolean stillAdmitted(Actor actor) {
        Instant now = Instant.now();
        return standings
                .cached(actor.id())
                .orElseGet(() -> standings.load(actor))
                .map(standing -> standing.admits(actor.roles(), now))
                .orElse(false);
    }
}
