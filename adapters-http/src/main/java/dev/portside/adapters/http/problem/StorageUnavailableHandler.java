package dev.portside.adapters.http.problem;

import dev.portside.domain.shared.StorageUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Storage failed the work (or may have: an unknown commit outcome): 503, and the cause in the log. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class StorageUnavailableHandler implements ExceptionHandler<StorageUnavailableException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailableHandler.class);

    private final ProblemResponses responses;

    public StorageUnavailableHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, StorageUnavailableException failure) {
        LOG.warn("{} {} failed: storage unavailable", request.getMethod(), request.getPath(), failure);
        // the message may describe the storage; the client only needs to know it can retry
        return responses.response(
                Problems.of(TransportCode.STORAGE_UNAVAILABLE, "storage is unavailable, try again later"));
    }
}
