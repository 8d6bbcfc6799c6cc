package dev.portside.adapters.http.idempotency;

import dev.portside.adapters.http.problem.DomainProblems;
import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.problem.TransportRefusal;
import dev.portside.adapters.http.security.Actors;
import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyKey;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.StoredResponse;
import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs an {@link Idempotent} endpoint at most once per caller and {@code Idempotency-Key} (ADR 3).
 *
 * <ul>
 *   <li>Claiming the key, running the endpoint (its use case) and storing its rendered response happen
 *       in one unit of work, so the response is stored if and only if the effect committed, and a request
 *       that dies (its connection, its process) leaves the key free at once.</li>
 *   <li>A retry with the same body replays the stored status, body and headers, marked with
 *       {@code Idempotent-Replayed: true}; with a different body it is 422 {@code idempotency_key_reused}.
 *       "The same" is the route's method and template and the body re-serialised ({@link RequestFingerprint}).</li>
 *   <li>A retry that arrives while the first is still running waits for it in storage (the key's
 *       lock) and then replays its answer; only when the first runs longer than the storage's lock
 *       wait is it 409 {@code idempotency_key_in_use}.</li>
 *   <li>Business refusals (404, 403, 409, 422: e.g. {@code insufficient_funds}) are stored and replayed
 *       like successes: the key stands for that attempt, and a retry must not quietly turn into a
 *       different outcome later. The refused unit rolled back, so the refusal is stored by a second
 *       unit that claims the key again; if another run of the key completed in between, its outcome
 *       wins and is what this request answers. Invalid input (400), authentication and storage
 *       failures (503) store nothing, so that a retry runs afresh.</li>
 *   <li>When a commit's outcome is unknown the request answers 503; the client's retry with the same
 *       key replays the stored response if the commit landed, and runs afresh if it did not.</li>
 * </ul>
 *
 * <p>A keyed request answers the rendered JSON string, first time and replay alike, so that both are
 * the same bytes; the endpoint's declared {@code HttpResponse<Dto>} is what the document shows.
 */
@Singleton
@InterceptorBean(Idempotent.class)
final class IdempotencyInterceptor implements MethodInterceptor<Object, Object> {

    private final IdempotencyStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final JsonMapper json;
    private final ProblemResponses problems;

    IdempotencyInterceptor(
            IdempotencyStore store, UnitOfWork unitOfWork, Clock clock, JsonMapper json, ProblemResponses problems) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.json = json;
        this.problems = problems;
    }

    /** Inside bean validation (VALIDATE runs first), so invalid input is refused before a unit opens. */
    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition();
    }

    /** An answer and whether it came from the store. */
    private record Answer(StoredResponse response, boolean replayed) {}

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("@Idempotent applies to controller methods only"));
        Optional<String> keyHeader = request.getHeaders().findFirst(Idempotent.HEADER);
        if (context.isTrue(Idempotent.class, "keyRequired")) {
            // normally refused earlier, when the required @Header parameter is bound (ProblemErrorResponseProcessor)
            requireKey(keyHeader.orElse(null));
        }
        if (keyHeader.isEmpty()) {
            return context.proceed();
        }
        Actor actor = Actors.from(argument(context, Authentication.class));
        IdempotencyKey key = new IdempotencyKey(actor.id().toString(), requireKey(keyHeader.get()));
        String fingerprint =
                RequestFingerprint.of(request.getMethodName(), routeTemplate(request), write(body(context)));
        Answer answer;
        try {
            answer = once(key, fingerprint, () -> render((HttpResponse<?>) context.proceed()));
        } catch (DomainException refusal) {
            if (!isReplayable(refusal)) {
                throw refusal;
            }
            StoredResponse refused = render(DomainProblems.from(refusal));
            answer = once(key, fingerprint, () -> refused);
        }
        return toHttp(answer.response(), answer.replayed());
    }

    /** One unit: claim the key, then either answer from the record or produce and store the response. */
    private Answer once(IdempotencyKey key, String fingerprint, Supplier<StoredResponse> produce) {
        return unitOfWork.execute(() -> {
            IdempotencyClaim claim = store.claim(key, fingerprint, clock.now());
            if (claim instanceof IdempotencyClaim.Completed completed) {
                return new Answer(completed.response(), true);
            }
            if (claim instanceof IdempotencyClaim.Mismatch) {
                throw new TransportRefusal(
                        TransportCode.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used with a different request");
            }
            if (claim instanceof IdempotencyClaim.InProgress) {
                throw new TransportRefusal(
                        TransportCode.IDEMPOTENCY_KEY_IN_USE, "a request with this Idempotency-Key is still running");
            }
            StoredResponse response = produce.get();
            store.complete(key, response);
            return new Answer(response, false);
        });
    }

    /** A present key must not be empty; where the key is required, a missing one is refused before anything else. */
    private static String requireKey(@Nullable String keyHeader) {
        if (keyHeader == null || keyHeader.isEmpty()) {
            throw new TransportRefusal(TransportCode.IDEMPOTENCY_KEY_MISSING, "the Idempotency-Key header is required");
        }
        return keyHeader;
    }

    private static boolean isReplayable(DomainException refusal) {
        ErrorCode code = refusal.errorCode();
        if (code == ErrorCode.CONCURRENT_MODIFICATION) {
            return false;
        }
        return switch (code.kind()) {
            case NOT_FOUND, FORBIDDEN, CONFLICT, RULE -> true;
            case INVALID, UNAUTHENTICATED, PRECONDITION_FAILED -> false;
        };
    }

    /** The route as declared ("/api/transfers"), not as the client spelled it, so that both spellings are one request. */
    private static String routeTemplate(HttpRequest<?> request) {
        return RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(route -> ((UriRouteInfo<?, ?>) route).getUriMatchTemplate().toPathString())
                .orElseGet(request::getPath);
    }

    private static <T> T argument(MethodInvocationContext<Object, Object> context, Class<T> type) {
        for (Object value : context.getParameterValues()) {
            if (type.isInstance(value)) {
                return type.cast(value);
            }
        }
        throw new IllegalStateException("an @Idempotent method takes a " + type.getSimpleName());
    }

    private static Object body(MethodInvocationContext<Object, Object> context) {
        Argument<?>[] arguments = context.getArguments();
        Object[] values = context.getParameterValues();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].getAnnotationMetadata().hasAnnotation(Body.class)) {
                return values[i];
            }
        }
        throw new IllegalStateException("an @Idempotent method takes a @Body");
    }

    /** The endpoint's answer as it will be stored: its status, the headers it set (Location, ETag) and its JSON body. */
    private StoredResponse render(HttpResponse<?> reply) {
        Map<String, String> headers = new HashMap<>();
        reply.getHeaders()
                .names()
                .forEach(name -> reply.getHeaders().findFirst(name).ifPresent(value -> headers.put(name, value)));
        headers.put("Content-Type", MediaType.APPLICATION_JSON);
        return new StoredResponse(reply.code(), headers, write(reply.body()));
    }

    private StoredResponse render(Problem problem) {
        return new StoredResponse(
                problem.status(), Map.of("Content-Type", Problem.MEDIA_TYPE), problems.write(problem));
    }

    private static MutableHttpResponse<String> toHttp(StoredResponse stored, boolean replayed) {
        MutableHttpResponse<String> response =
                HttpResponse.<String>status(HttpStatus.valueOf(stored.status())).body(stored.body());
        stored.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                response.contentType(value);
            } else {
                response.header(name, value);
            }
        });
        if (replayed) {
            response.header(Idempotent.REPLAYED_HEADER, "true");
        }
        return response;
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
