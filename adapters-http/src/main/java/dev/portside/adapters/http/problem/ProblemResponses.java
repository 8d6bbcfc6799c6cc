package dev.portside.adapters.http.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes problems as {@code application/problem+json}. The body is serialised here, not by a codec,
 * so that every path (exception handlers, the error processor, idempotent replays) sends exactly the
 * same bytes with the same content type.
 */
@Singleton
public final class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Seconds a client should wait before retrying after a 503: storage blips last about that long. */
    static final String RETRY_AFTER_SECONDS = "1";

    public MutableHttpResponse<String> response(Problem problem) {
        return withRetryAfter(HttpResponse.<String>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(write(problem)));
    }

    /** Every 503 tells the client when to retry (the same Idempotency-Key makes a retry safe). */
    static <T> MutableHttpResponse<T> withRetryAfter(MutableHttpResponse<T> response) {
        if (response.code() == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response;
    }

    public String write(Problem problem) {
        try {
            return new String(json.writeValueAsBytes(problem), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
