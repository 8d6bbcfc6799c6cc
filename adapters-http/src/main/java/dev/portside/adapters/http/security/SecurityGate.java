package dev.portside.adapters.http.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut Security's {@link SecurityFilter}, decided in a filter method instead of a legacy reactive
 * filter. The decision is Micronaut's: the same authentication fetchers (the first authentication found
 * wins), the same security rules in their order (the first that allows or rejects decides),
 * the same request attributes ({@link SecurityFilter#KEY}, {@link SecurityFilter#AUTHENTICATION},
 * {@link SecurityFilter#REJECTION}), the same {@link AuthorizationException} on a refusal, and, when no
 * rule decides, the same answer: through if no route matched and {@code reject-not-found} is off, refused
 * otherwise.
 *
 * <p>Why: a legacy filter wraps everything after it (the other filters, the controller, the response) in
 * a reactive pipeline and back, on every request. Here every fetcher's and rule's answer is read when it
 * is already there ({@link FirstSignal}), which for Micronaut's rules and {@link BearerAuthentication} is
 * always, and the request goes on without any pipeline (ADR 18). An answer that comes later is waited for
 * without blocking, with Micronaut's timing rules: every fetcher is asked at once and the first
 * authentication in time wins (an error first fails the request); the rules are asked one after the other.
 * {@code SecurityGateTest} asks both filters about the same requests and wants the same outcomes.
 *
 * <p>Micronaut's filter is switched off in configuration ({@code micronaut.security.filter.enabled:
 * false}); the gate does not read that setting, so turning it on again runs both (slower, never open).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityGate implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityGate.class);

    private final List<AuthenticationFetcher<HttpRequest<?>>> fetchers;
    private final List<SecurityRule<HttpRequest<?>>> rules;
    private final boolean rejectNotFound;

    SecurityGate(
            List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
            List<SecurityRule<HttpRequest<?>>> rules,
            SecurityConfiguration configuration) {
        this.fetchers = List.copyOf(fetchers);
        this.rules = List.copyOf(rules);
        this.rejectNotFound = configuration.isRejectNotFound();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    /**
     * Null: the request goes on now. Otherwise a stage that goes on with an empty answer or fails with
     * the refusal. (Micronaut skips the rest of a filter chain on a stage completed with null, hence the
     * {@code Optional}; this never answers with a response of its own.)
     */
    @RequestFilter
    @Nullable
    CompletionStage<Optional<HttpResponse<?>>> admit(HttpRequest<?> request) {
        request.setAttribute(SecurityFilter.KEY, true);
        return authenticate(request);
    }

    private @Nullable CompletionStage<Optional<HttpResponse<?>>> authenticate(HttpRequest<?> request) {
        List<CompletableFuture<Optional<Authentication>>> later = List.of();
        for (AuthenticationFetcher<HttpRequest<?>> fetcher : fetchers) {
            CompletableFuture<Optional<Authentication>> found = FirstSignal.of(fetcher.fetchAuthentication(request));
            if (!found.isDone()) {
                later = later.isEmpty() ? new ArrayList<>() : later;
                later.add(found);
            } else if (found.isCompletedExceptionally()) {
                later.forEach(waiting -> waiting.cancel(false));
                return found.thenApply(failed -> Optional.empty());
            } else if (found.join().isPresent()) {
                later.forEach(waiting -> waiting.cancel(false));
                return check(request, found.join().get());
            }
        }
        if (later.isEmpty()) {
            return check(request, null);
        }
        return FirstSignal.firstPresent(later)
                .thenCompose(authentication -> proceeding(check(request, authentication.orElse(null))));
    }

    private @Nullable CompletionStage<Optional<HttpResponse<?>>> check(
            HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(SecurityFilter.AUTHENTICATION, authentication);
        return ask(request, authentication, 0);
    }

    private @Nullable CompletionStage<Optional<HttpResponse<?>>> ask(
            HttpRequest<?> request, @Nullable Authentication authentication, int from) {
        for (int i = from; i < rules.size(); i++) {
            SecurityRule<HttpRequest<?>> rule = rules.get(i);
            CompletableFuture<Optional<SecurityRuleResult>> verdict =
                    FirstSignal.of(rule.check(request, authentication));
            if (!verdict.isDone()) {
                int next = i + 1;
                return verdict.thenCompose(result -> proceeding(
                        decides(result)
                                ? decide(request, authentication, result.get(), rule)
                                : ask(request, authentication, next)));
            }
            if (verdict.isCompletedExceptionally()) {
                return verdict.thenApply(failed -> Optional.empty());
            }
            Optional<SecurityRuleResult> result = verdict.join();
            if (decides(result)) {
                return decide(request, authentication, result.get(), rule);
            }
        }
        boolean routed = RouteAttributes.getRouteMatch(request).isPresent();
        LOG.debug("no security rule decided {} {}", request.getMethod(), request.getPath());
        return routed || rejectNotFound ? refuse(request, authentication) : null;
    }

    private static boolean decides(Optional<SecurityRuleResult> result) {
        return result.isPresent() && result.get() != SecurityRuleResult.UNKNOWN;
    }

    private static @Nullable CompletionStage<Optional<HttpResponse<?>>> decide(
            HttpRequest<?> request,
            @Nullable Authentication authentication,
            SecurityRuleResult result,
            SecurityRule<HttpRequest<?>> rule) {
        LOG.debug(
                "{} {}: {} by {}",
                request.getMethod(),
                request.getPath(),
                result,
                rule.getClass().getName());
        return result == SecurityRuleResult.ALLOWED ? null : refuse(request, authentication);
    }

    private static CompletionStage<Optional<HttpResponse<?>>> refuse(
            HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(
                SecurityFilter.REJECTION, authentication != null ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
        return CompletableFuture.failedFuture(new AuthorizationException(authentication));
    }

    private static CompletionStage<Optional<HttpResponse<?>>> proceeding(
            @Nullable CompletionStage<Optional<HttpResponse<?>>> stage) {
        return stage != null ? stage : CompletableFuture.completedFuture(Optional.empty());
    }
}
