package dev.portside.bootstrap.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.filter.HealthResultFilter;

/**
 * Micronaut's health status filter (a DOWN result answers 503, the status mapping of
 * {@code endpoints.health.status}), declared on every path instead of on the health paths. It acts
 * only on a response whose body is a health result, which only the health endpoint gives, so it does
 * what Micronaut's does; its own path pattern would make the router match every filter's patterns
 * and sort the filter list on each request (ADR 18).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Replaces(HealthResultFilter.class)
final class HealthStatusFilter extends HealthResultFilter {

    HealthStatusFilter(HealthEndpoint healthEndpoint) {
        super(healthEndpoint);
    }

    @Override
    @ResponseFilter
    public void doFilter(MutableHttpResponse<?> response) {
        super.doFilter(response);
    }
}
