package dev.portside.adapters.http.security;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * A token without {@code exp} would never expire: refused. Micronaut's own expiration validator only
 * checks an {@code exp} that is present; {@code nbf} and {@code iss} are checked by its validators
 * switched on in configuration ({@code micronaut.security.token.jwt.claims-validators}).
 */
@Singleton
final class ExpiryRequiredClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
