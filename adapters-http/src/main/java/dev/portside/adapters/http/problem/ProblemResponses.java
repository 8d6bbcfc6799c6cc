package dev.portside.adapters.http.problem;

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

    public MutableHttpResponse<String> response(Problem problem) {
        return HttpResponse.<String>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(write(problem));
    }

    public String write(Problem problem) {
        try {
            return new String(json.writeValueAsBytes(problem), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
