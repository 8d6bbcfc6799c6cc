package dev.portside.adapters.http.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The adapter's own refusals (a missing token, an idempotency key in use) as problem+json. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class TransportRefusalHandler implements ExceptionHandler<TransportRefusal, HttpResponse<?>> {

    private final ProblemResponses responses;

    public TransportRefusalHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TransportRefusal refusal) {
        return responses.response(refusal.problem());
    }
}
