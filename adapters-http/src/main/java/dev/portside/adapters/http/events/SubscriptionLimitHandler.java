package dev.portside.adapters.http.events;

import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.Problems;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.application.event.SubscriptionLimitException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Too many open streams for one caller: 429 {@code subscription_limit_reached}. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
final class SubscriptionLimitHandler implements ExceptionHandler<SubscriptionLimitException, HttpResponse<?>> {

    private final ProblemResponses responses;

    SubscriptionLimitHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SubscriptionLimitException refusal) {
        return responses.response(Problems.of(TransportCode.SUBSCRIPTION_LIMIT_REACHED, refusal.getMessage()));
    }
}
