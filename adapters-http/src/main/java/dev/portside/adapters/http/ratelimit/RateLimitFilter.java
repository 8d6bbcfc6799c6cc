package dev.portside.adapters.http.ratelimit;

import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.Problems;
import dev.portside.adapters.http.shared.PathScope;
import dev.portside.application.ratelimit.RateLimiter;
import dev.portside.application.ratelimit.RateLimiter.Decision;
import dev.portside.application.ratelimit.RateLimiter.Quota;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * Rate limits on {@code /api/**} (see {@link RateLimitConfiguration}). Every answer carries the IETF
 * fields ({@code RateLimit-Policy: "reads";q=600;w=60} and {@code RateLimit: "reads";r=599;t=1},
 * draft-ietf-httpapi-ratelimit-headers); a request over its quota is 429 {@code rate_limited} with
 * {@code Retry-After} in seconds. Runs after authentication, so a caller with a valid token is counted
 * as that user wherever they connect from.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RateLimitFilter implements Ordered {

    private static final PathScope API = PathScope.under("/api");

    private static final String DECISION = "portside.rate-limit.decision";
    private static final String QUOTA = "portside.rate-limit.quota";

    private final RateLimiter limiter;
    private final ProblemResponses responses;
    private final boolean enabled;
    private final Quota auth;
    private final Quota writes;
    private final Quota reads;

    RateLimitFilter(RateLimiter limiter, ProblemResponses responses, RateLimitConfiguration configuration) {
        this.limiter = limiter;
        this.responses = responses;
        this.enabled = configuration.isEnabled();
        this.auth = quota("auth", configuration.getAuth());
        this.writes = quota("writes", configuration.getWrites());
        this.reads = quota("reads", configuration.getReads());
    }

    private static Quota quota(String name, RateLimitConfiguration.Limit limit) {
        return new Quota(name, limit.getCapacity(), limit.getPeriod());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> limit(HttpRequest<?> request) {
        if (!enabled || !API.contains(request.getPath())) {
            return null;
        }
        Quota quota = quotaOf(request);
        Decision decision = limiter.tryAcquire(callerOf(request, quota), quota);
        if (decision.allowed()) {
            request.setAttribute(DECISION, decision);
            request.setAttribute(QUOTA, quota);
            return null;
        }
        MutableHttpResponse<?> refusal = responses.response(Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate_limited",
                "too many " + quota.name() + " requests: try again in " + seconds(decision.retryAfter()) + " s"));
        refusal.header("Retry-After", Long.toString(Math.max(1, seconds(decision.retryAfter()))));
        return withFields(refusal, quota, decision);
    }

    @ResponseFilter
    void fields(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(DECISION, Decision.class)
                .ifPresent(decision -> request.getAttribute(QUOTA, Quota.class)
                        .ifPresent(quota -> withFields(response, quota, decision)));
    }

    private Quota quotaOf(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        String path = request.getPath();
        if (method == HttpMethod.POST && (path.equals("/api/auth/login") || path.equals("/api/users"))) {
            return auth;
        }
        return switch (method) {
            case POST, PUT, PATCH, DELETE -> writes;
            default -> reads;
        };
    }

    // login and registration are counted per address even with a token: the token says nothing there
    private static String callerOf(HttpRequest<?> request, Quota quota) {
        if (!"auth".equals(quota.name())) {
            String user = request.getUserPrincipal(Authentication.class)
                    .map(Authentication::getName)
                    .orElse(null);
            if (user != null) {
                return "user:" + user;
            }
        }
        return "addr:" + request.getRemoteAddress().getAddress().getHostAddress();
    }

    private static MutableHttpResponse<?> withFields(MutableHttpResponse<?> response, Quota quota, Decision decision) {
        if (!decision.enforced()) {
            return response;
        }
        response.header(
                "RateLimit-Policy", "\"" + quota.name() + "\";q=" + quota.capacity() + ";w=" + seconds(quota.period()));
        response.header(
                "RateLimit", "\"" + quota.name() + "\";r=" + decision.remaining() + ";t=" + seconds(decision.reset()));
        return response;
    }

    private static long seconds(Duration duration) {
        return (duration.toNanos() + 999_999_999L) / 1_000_000_000L;
    }
}
