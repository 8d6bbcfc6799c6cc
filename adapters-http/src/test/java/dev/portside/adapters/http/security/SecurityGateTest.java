package dev.portside.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gate decides as Micronaut's {@link SecurityFilter} does: both are asked about the same requests,
 * fetchers and rules, and must let the same requests through and refuse the others with the same
 * exception and attributes. The HTTP behaviour (401, 403, anonymous reads) is in the token scenarios.
 */
class SecurityGateTest {

    private static final Authentication ALICE = Authentication.build("alice", List.of("USER"), Map.of());

    /** A fetcher or a rule, by name, made for one request with its {@link Later}. */
    private record Part<T>(String name, Function<Later, T> make) {}

    private static final List<Part<AuthenticationFetcher<HttpRequest<?>>>> FETCHERS = List.of(
            fetcher("none", later -> Publishers.empty()),
            fetcher("alice", later -> Publishers.just(ALICE)),
            fetcher("alice later", later -> later.answer(ALICE)),
            fetcher("none later", later -> later.answer(null)),
            fetcher("failing", later -> Mono.error(new IllegalStateException("store down"))));

    private static final List<Part<SecurityRule<HttpRequest<?>>>> RULES = List.of(
            rule("allows", (later, who) -> Publishers.just(SecurityRuleResult.ALLOWED)),
            rule("rejects", (later, who) -> Publishers.just(SecurityRuleResult.REJECTED)),
            rule("unknown", (later, who) -> Publishers.just(SecurityRuleResult.UNKNOWN)),
            rule("silent", (later, who) -> Publishers.empty()),
            rule(
                    "admits alice",
                    (later, who) ->
                            Publishers.just(who != null ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED)),
            rule("allows later", (later, who) -> later.answer(SecurityRuleResult.ALLOWED)),
            rule("rejects later", (later, who) -> later.answer(SecurityRuleResult.REJECTED)),
            rule("failing", (later, who) -> Flux.error(new IllegalStateException("rule broke"))));

    @Test
    void decides_every_combination_as_micronauts_security_filter_does() {
        List<String> compared = new ArrayList<>();
        for (boolean rejectNotFound : List.of(false, true)) {
            for (List<Part<AuthenticationFetcher<HttpRequest<?>>>> fetchers : pairs(FETCHERS)) {
                for (List<Part<SecurityRule<HttpRequest<?>>>> rules : pairs(RULES)) {
                    String label = "reject-not-found " + rejectNotFound + ", fetchers " + names(fetchers) + ", rules "
                            + names(rules);
                    Outcome micronauts = micronautsOutcome(fetchers, rules, rejectNotFound);
                    Outcome ours = gateOutcome(fetchers, rules, rejectNotFound);
                    assertThat(ours).as(label).isEqualTo(micronauts);
                    compared.add(label);
                }
            }
        }
        assertThat(compared).hasSize(2 * 25 * 64);
    }

    @Test
    void a_request_everything_answers_at_once_goes_on_without_a_stage() {
        HttpRequest<?> request = HttpRequest.GET("/api/users/me");

        CompletionStage<?> stage = gate(List.of(part("alice", FETCHERS)), List.of(part("admits alice", RULES)), false)
                .admit(request);

        assertThat(stage).isNull();
        assertThat(request.getAttribute(SecurityFilter.KEY)).contains(true);
        assertThat(request.getUserPrincipal(Authentication.class)).contains(ALICE);
    }

    @Test
    void a_refusal_everything_answers_at_once_is_a_failed_stage_already() {
        CompletionStage<?> stage = gate(List.of(part("none", FETCHERS)), List.of(part("admits alice", RULES)), false)
                .admit(HttpRequest.GET("/api/users/me"));

        assertThat(stage).isNotNull();
        assertThat(stage.toCompletableFuture()).isCompletedExceptionally();
    }

    @Test
    void an_answer_that_comes_later_is_waited_for() {
        Later later = new Later();
        HttpRequest<?> request = HttpRequest.GET("/api/users/me");

        CompletionStage<Optional<HttpResponse<?>>> stage = new SecurityGate(
                        List.of(part("alice later", FETCHERS).make().apply(later)),
                        List.of(part("admits alice", RULES).make().apply(later)),
                        configuration(false))
                .admit(request);

        assertThat(stage).isNotNull();
        assertThat(stage.toCompletableFuture()).isNotDone();
        later.answerAll();
        assertThat(stage.toCompletableFuture()).isCompletedWithValue(Optional.empty());
        assertThat(request.getUserPrincipal(Authentication.class)).contains(ALICE);
    }

    /**
     * Answers that come after the filter returned, given in the order they were asked for once the filter
     * has done all it does at once: the same order for both filters, whatever the machine's timing.
     */
    private static final class Later {
        private final List<Runnable> waiting = new ArrayList<>();

        /** A publisher that answers {@code value} (nothing, if null) when {@link #answerAll} gets to it. */
        <T> Publisher<T> answer(T value) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            waiting.add(() -> answer.complete(value));
            return Mono.fromFuture(answer);
        }

        void answerAll() {
            while (!waiting.isEmpty()) {
                waiting.remove(0).run();
            }
        }
    }

    /** How a request ended: through or refused, and what the filter left on the request. */
    private record Outcome(String ending, Optional<Object> principal, Optional<Object> rejection) {}

    private static Outcome micronautsOutcome(
            List<Part<AuthenticationFetcher<HttpRequest<?>>>> fetchers,
            List<Part<SecurityRule<HttpRequest<?>>>> rules,
            boolean rejectNotFound) {
        Later later = new Later();
        HttpRequest<?> request = HttpRequest.GET("/api/users/me");
        SecurityFilter filter =
                new SecurityFilter(made(rules, later), made(fetchers, later), configuration(rejectNotFound));
        ServerFilterChain chain = proceeding -> Publishers.just(HttpResponse.ok());
        CompletableFuture<?> ending = Mono.from(filter.doFilter(request, chain)).toFuture();
        later.answerAll();
        return outcome(ending.handle((response, failure) -> failure == null ? "through" : describe(failure)), request);
    }

    private static Outcome gateOutcome(
            List<Part<AuthenticationFetcher<HttpRequest<?>>>> fetchers,
            List<Part<SecurityRule<HttpRequest<?>>>> rules,
            boolean rejectNotFound) {
        Later later = new Later();
        HttpRequest<?> request = HttpRequest.GET("/api/users/me");
        CompletionStage<Optional<HttpResponse<?>>> stage = new SecurityGate(
                        made(fetchers, later), made(rules, later), configuration(rejectNotFound))
                .admit(request);
        later.answerAll();
        CompletableFuture<Optional<HttpResponse<?>>> ending =
                stage == null ? CompletableFuture.completedFuture(Optional.empty()) : stage.toCompletableFuture();
        return outcome(
                ending.handle((answer, failure) ->
                        failure != null ? describe(failure) : answer.isEmpty() ? "through" : "answered"),
                request);
    }

    private static Outcome outcome(CompletableFuture<String> ending, HttpRequest<?> request) {
        assertThat(ending).as("decided once every later answer is given").isDone();
        return new Outcome(
                ending.join(),
                request.getAttribute(SecurityFilter.AUTHENTICATION),
                request.getAttribute(SecurityFilter.REJECTION));
    }

    private static String describe(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof AuthorizationException refusal) {
            return "refused, forbidden=" + refusal.isForbidden() + ", as " + refusal.getAuthentication();
        }
        return "failed: " + cause.getClass().getSimpleName() + " " + cause.getMessage();
    }

    private static SecurityGate gate(
            List<Part<AuthenticationFetcher<HttpRequest<?>>>> fetchers,
            List<Part<SecurityRule<HttpRequest<?>>>> rules,
            boolean rejectNotFound) {
        Later later = new Later();
        return new SecurityGate(made(fetchers, later), made(rules, later), configuration(rejectNotFound));
    }

    private static SecurityConfigurationProperties configuration(boolean rejectNotFound) {
        SecurityConfigurationProperties configuration = new SecurityConfigurationProperties();
        configuration.setRejectNotFound(rejectNotFound);
        return configuration;
    }

    private static <T> List<T> made(List<Part<T>> parts, Later later) {
        return parts.stream().map(part -> part.make().apply(later)).toList();
    }

    /** Every ordered pair of the parts, a part with itself included. */
    private static <T> List<List<Part<T>>> pairs(List<Part<T>> parts) {
        List<List<Part<T>>> pairs = new ArrayList<>();
        for (Part<T> first : parts) {
            for (Part<T> second : parts) {
                pairs.add(List.of(first, second));
            }
        }
        return pairs;
    }

    private static <T> String names(List<Part<T>> parts) {
        return parts.stream().map(Part::name).toList().toString();
    }

    private static <T> Part<T> part(String name, List<Part<T>> parts) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static Part<AuthenticationFetcher<HttpRequest<?>>> fetcher(
            String name, Function<Later, Publisher<Authentication>> answer) {
        return new Part<>(name, later -> request -> answer.apply(later));
    }

    /** A rule's answer from the request's {@link Later} and the authentication it is asked about. */
    private interface RuleAnswer {
        Publisher<SecurityRuleResult> answer(Later later, Authentication authentication);
    }

    private static Part<SecurityRule<HttpRequest<?>>> rule(String name, RuleAnswer answer) {
        return new Part<>(name, later -> (request, authentication) -> answer.answer(later, authentication));
    }
}
