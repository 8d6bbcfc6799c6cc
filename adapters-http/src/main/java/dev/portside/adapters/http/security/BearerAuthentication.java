package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Who a request's bearer token authenticates, for Micronaut Security's {@code SecurityFilter}: each
 * token the configured readers find, checked by {@link VerifiedTokens} (the only token validator) until
 * one passes, kept as the request's {@link SecurityFilter#TOKEN} attribute, as Micronaut's own fetcher
 * does.
 *
 * <p>It replaces {@link TokenAuthenticationFetcher}, which also publishes a {@code TokenValidatedEvent}
 * for every request and resolves the request's host and locale to fill it in. Nothing here listens to
 * that event, and resolving them was on 4.4% of a {@code GET}'s profile samples (ADR 18). A
 * listener added later would not hear it: this class is where to publish it again.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class BearerAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    private final TokenResolver<HttpRequest<?>> tokens;
    private final VerifiedTokens verified;

    BearerAuthentication(
            TokenResolver<HttpRequest<?>> tokens,
            VerifiedTokens verified,
            List<TokenValidator<HttpRequest<?>>> validators) {
        // Asks VerifiedTokens directly, without the reactive chain over every validator: refuse to start
        // if another validator exists, since it would silently never be asked.
        if (validators.size() != 1 || validators.get(0) != verified) {
            throw new IllegalStateException("VerifiedTokens must be the only token validator, found " + validators);
        }
        this.tokens = tokens;
        this.verified = verified;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> found = tokens.resolveTokens(request);
        for (String token : found) {
            Optional<Authentication> authentication = verified.authenticate(token, request, Instant.now());
            if (authentication.isPresent()) {
                request.setAttribute(SecurityFilter.TOKEN, token);
                return Publishers.just(authentication.get());
            }
        }
        return Publishers.empty();
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER;
    }
}
