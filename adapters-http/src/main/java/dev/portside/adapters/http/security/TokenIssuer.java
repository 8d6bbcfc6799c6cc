package dev.portside.adapters.http.security;

import dev.portside.application.user.AuthenticatedPrincipal;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/** Signs access tokens for a principal that logged in: subject = user id, {@code roles}, {@code username}. */
@Singleton
public final class TokenIssuer {

    private final TokenGenerator generator;
    private final Duration lifetime;

    public TokenIssuer(TokenGenerator generator, SecuritySettings settings) {
        this.generator = generator;
        this.lifetime = settings.tokenLifetime();
    }

    public IssuedToken issue(AuthenticatedPrincipal principal) {
        Authentication authentication = Authentication.build(
                principal.userId().toString(),
                principal.roles().stream().map(Enum::name).sorted().toList(),
                Map.of("username", principal.username().value()));
        int seconds = (int) Math.min(Integer.MAX_VALUE, lifetime.toSeconds());
        String token = generator
                .generateToken(authentication, seconds)
                .orElseThrow(() -> new IllegalStateException("the token generator produced no token"));
        return new IssuedToken(token, seconds);
    }

    public record IssuedToken(String accessToken, long expiresIn) {}
}
