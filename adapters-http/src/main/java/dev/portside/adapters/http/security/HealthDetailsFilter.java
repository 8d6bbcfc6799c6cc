package dev.portside.adapters.http.security;

import dev.portside.adapters.http.shared.PathScope;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.List;

/**
 * Health details (connection targets, versions, error messages) go to ADMIN tokens and to the peer
 * addresses {@link ManagementConfiguration} allows (a monitoring host), nobody else. The health endpoint
 * shows details to any caller with a principal ({@code endpoints.health.details-visible: AUTHENTICATED});
 * this filter decides who has one when the endpoint looks: an ordinary user's principal is hidden, so
 * they see what an anonymous probe sees, and an allowed peer without a token is given a management
 * principal that exists only for this request. The health indicators themselves are untouched.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class HealthDetailsFilter implements Ordered {

    private static final PathScope HEALTH = PathScope.under("/health");

    static final String MANAGEMENT_PEER = "management-peer";

    private final ManagementConfiguration configuration;

    HealthDetailsFilter(ManagementConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void showDetailsToManagement(HttpRequest<?> request) {
        if (!HEALTH.contains(request.getPath())) {
            return;
        }
        boolean admin = request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getRoles().contains("ADMIN"))
                .orElse(false);
        if (admin) {
            return;
        }
        request.removeAttribute(HttpAttributes.PRINCIPAL, Object.class);
        request.removeAttribute(SecurityFilter.AUTHENTICATION, Object.class);
        if (configuration.allows(request.getRemoteAddress().getAddress())) {
            Authentication peer = Authentication.build(MANAGEMENT_PEER, List.of());
            request.setUserPrincipal(peer);
            request.setAttribute(SecurityFilter.AUTHENTICATION, peer);
        }
    }
}
