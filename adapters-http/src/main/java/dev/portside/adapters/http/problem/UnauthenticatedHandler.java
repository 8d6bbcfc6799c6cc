package dev.portside.adapters.http.problem;

import dev.portside.application.shared.UnauthenticatedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A use case found no account behind the caller's token: 401, as for a missing token. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class UnauthenticatedHandler implements ExceptionHandler<UnauthenticatedException, HttpResponse<?>> {

    private final ProblemResponses responses;

    public UnauthenticatedHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, UnauthenticatedException refusal) {
        return responses.response(Problems.of(TransportCode.UNAUTHENTICATED, refusal.getMessage()));
    }
}
