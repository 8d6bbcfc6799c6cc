package dev.portside.adapters.http.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.IpPatternsRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * {@code /prometheus} lists internals (exception class names, pool sizes, routes): only an ADMIN token
 * or a configured peer address ({@link ManagementConfiguration}) may read it. Anyone else gets 401/403
 * problem+json. Runs before every other rule so that no broader rule can let it through.
 */
@Singleton
final class ManagementAccessRule implements SecurityRule<HttpRequest<?>> {

    private final ManagementConfiguration configuration;

    ManagementAccessRule(ManagementConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public int getOrder() {
        return IpPatternsRule.ORDER - 100;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, @Nullable Authentication authentication) {
        String path = request.getPath();
        if (!path.equals("/prometheus") && !path.startsWith("/prometheus/")) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        return Publishers.just(
                allowed(request, authentication) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    boolean allowed(HttpRequest<?> request, @Nullable Authentication authentication) {
        return (authentication != null && authentication.getRoles().contains("ADMIN"))
                || configuration.allows(request.getRemoteAddress().getAddress());
    }
}
