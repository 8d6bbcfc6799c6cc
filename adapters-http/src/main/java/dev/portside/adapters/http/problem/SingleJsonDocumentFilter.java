package dev.portside.adapters.http.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.portside.adapters.http.shared.PathScope;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.annotation.Nullable;
import java.io.IOException;

/**
 * A JSON body is exactly one JSON document. The body reader stops after the first value, so
 * {@code {...} trailing} or {@code {...}{...}} would otherwise be accepted with the rest ignored.
 * This reads the (already size-limited) body once with Jackson's streaming parser and refuses
 * anything after the first value as 400 {@code malformed_json}; syntax errors are left to the
 * body reader, which names them the same way. The bytes stay on the request ({@link #BODY}) so that
 * a refusal by the body reader can name the field it could not read (MisshapenField); the body
 * reader has consumed them by then.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SingleJsonDocumentFilter implements Ordered {

    private static final PathScope API = PathScope.under("/api");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    static final String BODY = "portside.request.json-body";

    private final ProblemResponses responses;

    SingleJsonDocumentFilter(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10;
    }

    // on every method and path, decided here: a method list on the annotation is matched per request (ADR 18)
    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseTrailingData(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (!carriesBody(request.getMethod())
                || !API.contains(request.getPath())
                || body == null
                || body.length == 0
                || !isJson(request)) {
            return null;
        }
        request.setAttribute(BODY, body);
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                if (parser.nextToken() == null) {
                    return null;
                }
                parser.skipChildren();
            } catch (JsonProcessingException e) {
                return null; // malformed inside the document: the body reader refuses it with the same code
            }
            if (hasMore(parser)) {
                return responses.response(Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "malformed_json",
                        "the request body must be a single JSON document with nothing after it"));
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean carriesBody(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }

    // anything after the first value, even text that is not JSON at all, is trailing data
    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static boolean isJson(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> type.getSubtype().equals("json")
                        || type.getSubtype().endsWith("+json")
                        || type.equals(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
