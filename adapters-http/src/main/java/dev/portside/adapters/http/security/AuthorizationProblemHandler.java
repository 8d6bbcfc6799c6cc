package dev.portside.adapters.http.security;

import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.Problems;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.domain.shared.ErrorCode;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Refusals of the security filter: no valid token is 401 {@code unauthenticated} (missing, malformed,
 * tampered, unsigned and expired tokens alike, so a client learns nothing from the difference); a
 * valid token without the role is 403 {@code forbidden}. Never a redirect.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
public final class AuthorizationProblemHandler
        implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ProblemResponses responses;

    public AuthorizationProblemHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return responses.response(Problems.of(ErrorCode.FORBIDDEN, "you may not do this"));
        }
        return responses
                .response(Problems.of(TransportCode.UNAUTHENTICATED, "a valid bearer token is required"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
}
