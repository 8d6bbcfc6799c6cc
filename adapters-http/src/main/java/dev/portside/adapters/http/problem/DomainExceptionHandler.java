package dev.portside.adapters.http.problem;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every refusal of the domain and the use cases, validation included, as problem+json. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionHandler.class);

    private final ProblemResponses responses;

    public DomainExceptionHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException refusal) {
        if (refusal.errorCode() == ErrorCode.STORAGE_UNAVAILABLE) {
            LOG.warn("{} {} failed: storage unavailable", request.getMethod(), request.getPath(), refusal);
        }
        return responses.response(DomainProblems.from(refusal));
    }
}
