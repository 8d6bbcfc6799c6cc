package dev.portside.adapters.http.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.annotation.Nullable;
import java.util.Optional;

/**
 * The outermost filter, for what happens before routing:
 * <ul>
 *   <li>a request body with a {@code Content-Encoding} is refused 415 before anything tries to decode
 *       it: the API takes identity-encoded JSON only, and a body that claims gzip but is not would
 *       otherwise fail deep in Netty's decompressor as a 500;</li>
 *   <li>a body without a {@code Content-Type} is refused 415, where the router would guess JSON;</li>
 *   <li>an error answered by the framework with no body (a foreign {@code Origin} refused by the CORS
 *       filter is a 403 with nothing in it) gets its problem document, like every other refusal.</li>
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class EdgeFilter implements Ordered {

    private final ProblemResponses responses;

    EdgeFilter(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseEncodedBodies(HttpRequest<?> request) {
        Optional<String> encoding = request.getHeaders().get(HttpHeaders.CONTENT_ENCODING, String.class);
        if (encoding.isPresent()
                && !encoding.get().isBlank()
                && !"identity".equalsIgnoreCase(encoding.get().strip())) {
            return responses.response(Problems.of(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "send the body uncompressed (no Content-Encoding)"));
        }
        // the router would read a body without a Content-Type as JSON; the API says it must be named
        if (hasBody(request) && request.getContentType().isEmpty()) {
            return responses.response(Problems.of(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "send the body as application/json (Content-Type is missing)"));
        }
        return null;
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    @ResponseFilter
    void problemForEmptyErrors(MutableHttpResponse<?> response) {
        if (response.code() >= 400 && response.getBody().isEmpty()) {
            Problem problem = ProblemErrorResponseProcessor.problemFor(response.status(), Optional.empty());
            @SuppressWarnings("unchecked")
            MutableHttpResponse<String> text = (MutableHttpResponse<String>) response;
            text.contentType(Problem.MEDIA_TYPE).body(responses.write(problem));
        }
    }
}
