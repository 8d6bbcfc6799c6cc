package dev.portside.adapters.http.security;

import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.Problems;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.problem.TransportRefusal;
import dev.portside.adapters.http.shared.PathScope;
import dev.portside.application.shared.Actor;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * A signed, unexpired token is not enough: its user must still exist, not be locked, and still hold
 * every role the token claims. Runs right after the security filter, on every API request that
 * carries a token (anonymous endpoints too: a revoked token is refused, not silently ignored).
 * A cached answer costs a map lookup; a miss reads the account on the blocking pool, never on the
 * event loop. The bound and the alternatives are in ADR 8.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class AccountCheckFilter implements HttpServerFilter {

    private static final PathScope API = PathScope.under("/api");

    private final AccountStandings standings;
    private final ProblemResponses responses;
    private final ExecutorService blocking;

    AccountCheckFilter(
            AccountStandings standings,
            ProblemResponses responses,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.standings = standings;
        this.responses = responses;
        this.blocking = blocking;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!API.contains(request.getPath())) {
            return chain.proceed(request);
        }
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return chain.proceed(request);
        }
        Actor actor;
        try {
            actor = Actors.from(authentication.get());
        } catch (TransportRefusal e) {
            return Publishers.just(refusal());
        }
        Optional<Optional<AccountStandings.Standing>> cached = standings.cached(actor.id());
        if (cached.isPresent()) {
            return admits(cached.get(), actor) ? chain.proceed(request) : Publishers.just(refusal());
        }
        CompletableFuture<Boolean> admitted =
                CompletableFuture.supplyAsync(() -> admits(standings.load(actor), actor), blocking);
        // deferred: subscribing waits for the lookup, then subscribes to the chain or to the refusal
        return subscriber -> admitted.whenComplete((ok, failure) -> {
            Publisher<MutableHttpResponse<?>> next = failure != null
                    ? Publishers.just(failure.getCause() != null ? failure.getCause() : failure)
                    : ok ? chain.proceed(request) : Publishers.just(refusal());
            next.subscribe(subscriber);
        });
    }

    private static boolean admits(Optional<AccountStandings.Standing> standing, Actor actor) {
        return standing.map(s -> s.admits(actor.roles(), Instant.now())).orElse(false);
    }

    private MutableHttpResponse<?> refusal() {
        return responses
                .response(Problems.of(
                        TransportCode.UNAUTHENTICATED, "the token no longer matches its account: log in again"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
