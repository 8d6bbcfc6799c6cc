package dev.portside.adapters.http.idempotency;

import dev.portside.adapters.http.problem.DomainProblems;
import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.problem.TransportRefusal;
import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyKey;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.StoredResponse;
import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a request at most once per caller and {@code Idempotency-Key} (ADR 3).
 *
 * <ul>
 *   <li>Claiming the key, running the use case and storing its rendered response happen in one unit
 *       of work, so the response is stored if and only if the effect committed, and a request that
 *       dies (its connection, its process) leaves the key free at once.</li>
 *   <li>A retry with the same body replays the stored status, body and headers, marked with
 *       {@code Idempotent-Replayed: true}; with a different body it is 422 {@code idempotency_key_reused}.</li>
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
 */
@Singleton
public final class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotencyStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final JsonMapper json;
    private final ProblemResponses problems;

    public IdempotentRequests(IdempotencyStore store, UnitOfWork unitOfWork, Clock clock, JsonMapper json,
                              ProblemResponses problems) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.json = json;
        this.problems = problems;
    }

    /** An answer and whether it came from the store. */
    private record Answer(StoredResponse response, boolean replayed) {
    }

    /** Without a key the request simply runs; with one it runs at most once. */
    public MutableHttpResponse<String> execute(Actor actor, Optional<String> keyHeader, String method, String path,
                                               Object requestBody, Supplier<JsonReply> action) {
        if (keyHeader.isEmpty()) {
            return toHttp(render(action.get()), false);
        }
        IdempotencyKey key = new IdempotencyKey(actor.id().toString(), requireKey(keyHeader.get()));
        String fingerprint = RequestFingerprint.of(method, path, write(requestBody));
        Answer answer;
        try {
            answer = once(key, fingerprint, () -> render(action.get()));
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
                throw new TransportRefusal(TransportCode.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used with a different request");
            }
            if (claim instanceof IdempotencyClaim.InProgress) {
                throw new TransportRefusal(TransportCode.IDEMPOTENCY_KEY_IN_USE,
                        "a request with this Idempotency-Key is still running");
            }
            StoredResponse response = produce.get();
            store.complete(key, response, clock.now());
            return new Answer(response, false);
        });
    }

    /** For endpoints where the key is required: refuses a missing one before anything else is looked at. */
    public static String requireKey(String keyHeader) {
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

    private StoredResponse render(JsonReply reply) {
        Map<String, String> headers = new HashMap<>(reply.headers());
        headers.put("Content-Type", MediaType.APPLICATION_JSON);
        return new StoredResponse(reply.status(), headers, write(reply.body()));
    }

    private StoredResponse render(Problem problem) {
        return new StoredResponse(problem.status(), Map.of("Content-Type", Problem.MEDIA_TYPE), problems.write(problem));
    }

    private static MutableHttpResponse<String> toHttp(StoredResponse stored, boolean replayed) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(stored.status()))
                .body(stored.body());
        stored.headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                response.contentType(value);
            } else {
                response.header(name, value);
            }
        });
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
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
