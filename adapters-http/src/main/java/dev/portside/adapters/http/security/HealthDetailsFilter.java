package dev.portside.adapters.http.security;

import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;

/**
 * Health details (connection targets, versions, error messages) go to ADMIN tokens only. The health
 * endpoint shows details to any authenticated caller ({@code endpoints.health.details-visible:
 * AUTHENTICATED}); this hides the caller from it unless the token is an admin's, so an ordinary user
 * sees what an anonymous probe sees. The health indicators themselves are untouched.
 */
@ServerFilter({"/health", "/health/**"})
final class HealthDetailsFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void hideNonAdmins(HttpRequest<?> request) {
        boolean admin = request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getRoles().contains("ADMIN"))
                .orElse(false);
        if (!admin) {
            request.removeAttribute(HttpAttributes.PRINCIPAL, Object.class);
            request.removeAttribute(SecurityFilter.AUTHENTICATION, Object.class);
        }
    }
}
