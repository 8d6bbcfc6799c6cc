package dev.portside.adapters.http.problem;

import dev.portside.domain.shared.DomainException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Every refusal of the domain and the use cases, validation included, as problem+json. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private final ProblemResponses responses;

    public DomainExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException refusal) {
        return responses.response(DomainProblems.from(refusal));
    }
}
