package dev.portside.adapters.http.security;

import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.Problems;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.problem.TransportRefusal;
import dev.portside.adapters.http.shared.PathScope;
import dev.portside.application.shared.Actor;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.annotation.Nullable;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;

/**
 * A signed, unexpired token is not enough: its user must still exist, not be locked, and still hold
 * every role the token claims. Runs right after the security filter, on every API request that
 * carries a token (anonymous endpoints too: a revoked token is refused, not silently ignored).
 * A cached answer costs a map lookup; a miss reads the account on the blocking pool, never on the
 * event loop. The bound and the alternatives are in ADR 8.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class AccountCheckFilter implements Ordered {

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

    /**
     * Null: the request goes on now. Otherwise a stage with the refusal, or empty to go on (Micronaut
     * skips the rest of a filter chain on a stage completed with null, hence the {@code Optional}). A
     * stage that is complete already costs no hop: only an uncached account waits for the blocking pool.
     */
    @RequestFilter
    @Nullable
    CompletionStage<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request) {
        if (!API.contains(request.getPath())) {
            return null;
        }
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return null;
        }
        Actor actor;
        try {
            actor = Actors.from(authentication.get());
        } catch (TransportRefusal e) {
            return refused();
        }
        Optional<Optional<AccountStandings.Standing>> cached = standings.cached(actor.id());
        if (cached.isPresent()) {
            return admits(cached.get(), actor) ? null : refused();
        }
        return CompletableFuture.supplyAsync(
                () -> admits(standings.load(actor), actor) ? Optional.empty() : Optional.of(refusal()), blocking);
    }

    private static boolean admits(Optional<AccountStandings.Standing> standing, Actor actor) {
        return standing.map(s -> s.admits(actor.roles(), Instant.now())).orElse(false);
    }

    private CompletionStage<Optional<MutableHttpResponse<?>>> refused() {
        return CompletableFuture.completedFuture(Optional.of(refusal()));
    }

    private MutableHttpResponse<?> refusal() {
        return responses
                .response(Problems.of(
                        TransportCode.UNAUTHENTICATED, "the token no longer matches its account: log in again"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
