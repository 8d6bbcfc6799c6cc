package dev.portside.adapters.http.problem;

import dev.portside.adapters.http.idempotency.Idempotent;
import dev.portside.adapters.http.shared.InvalidJsonValueException;
import dev.portside.domain.shared.ErrorCode;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.web.router.exceptions.UnsatisfiedHeaderRouteException;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framework's own errors (unknown route, wrong method or content type, unreadable JSON, a query
 * value that does not convert, a body too large, an unexpected exception) as problem+json. Nothing of
 * the underlying exception reaches the client except a field name we recognised.
 */
@Primary
@Singleton
public final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<String> {

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]{1,100})]");
    /** serde names the property whose value it could not read, e.g. "[Set roles]": keep the name only. */
    private static final Pattern UNREADABLE_PROPERTY =
            Pattern.compile("Error decoding property \\[(?:[^\\]]{0,200}\\s)?([A-Za-z_][A-Za-z0-9_]{0,100})]");

    /** Jackson's duplicate detection (micronaut.serde.jackson.parser-features), e.g. "Duplicate field 'title'". */
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("Duplicate (?:field|property) '([^']{1,100})'");

    private final ProblemResponses responses;

    public ProblemErrorResponseProcessor(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Problem problem = misshapenBody(response.status(), context)
                .orElseGet(() -> problemFor(response.status(), context.getRootCause()));
        return ProblemResponses.withRetryAfter(((MutableHttpResponse<String>) response)
                .status(problem.status())
                .contentType(Problem.MEDIA_TYPE)
                .body(responses.write(problem)));
    }

    // a structural error of the body reader names no field: find it in the body (MisshapenField)
    private static Optional<Problem> misshapenBody(HttpStatus status, ErrorContext context) {
        if (status != HttpStatus.BAD_REQUEST
                || !(context.getRootCause().orElse(null) instanceof ConversionErrorException conversion)) {
            return Optional.empty();
        }
        for (Throwable t = conversion; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (MisshapenField.isStructural(t)) {
                byte[] body = context.getRequest()
                        .getAttribute(SingleJsonDocumentFilter.BODY, byte[].class)
                        .orElse(null);
                return MisshapenField.find(t, conversion.getArgument().getType(), body)
                        .map(found -> Problems.invalid(found.field(), found.reason()));
            }
        }
        return Optional.empty();
    }

    static Problem problemFor(HttpStatus status, Optional<Throwable> cause) {
        return switch (status) {
            case BAD_REQUEST -> badRequest(cause);
            case UNAUTHORIZED -> Problems.of(TransportCode.UNAUTHENTICATED, "authentication is required");
            case FORBIDDEN -> Problems.of(ErrorCode.FORBIDDEN, "you may not do this");
            case NOT_FOUND -> Problems.of(ErrorCode.NOT_FOUND, "no such resource");
            case METHOD_NOT_ALLOWED ->
                Problems.of(status, "method_not_allowed", "the resource does not support this method");
            case NOT_ACCEPTABLE ->
                Problems.of(status, "not_acceptable", "the resource answers in application/json only");
            case UNSUPPORTED_MEDIA_TYPE ->
                Problems.of(status, "unsupported_media_type", "send the body as application/json");
            case REQUEST_ENTITY_TOO_LARGE -> Problems.of(status, "payload_too_large", "the request body is too large");
            case SERVICE_UNAVAILABLE ->
                Problems.of(TransportCode.STORAGE_UNAVAILABLE, "the service is unavailable, try again later");
            case INTERNAL_SERVER_ERROR -> Problems.of(status, "internal_error", "an unexpected error occurred");
            default -> Problems.of(status, status.name().toLowerCase(java.util.Locale.ROOT), status.getReason());
        };
    }

    private static Problem badRequest(Optional<Throwable> cause) {
        if (cause.orElse(null) instanceof UnsatisfiedHeaderRouteException missing
                && Idempotent.HEADER.equalsIgnoreCase(missing.getHeaderName())) {
            // the header is a required parameter (so the OpenAPI document says so); its refusal keeps its own code
            return Problems.of(TransportCode.IDEMPOTENCY_KEY_MISSING, "the Idempotency-Key header is required");
        }
        for (Throwable t = cause.orElse(null); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidJsonValueException invalid) {
                return Problems.invalid(invalid.field(), invalid.reason());
            }
            String message = String.valueOf(t.getMessage());
            Matcher duplicate = DUPLICATE_PROPERTY.matcher(message);
            if (duplicate.find()) {
                return Problems.invalid(duplicate.group(1), "appears more than once");
            }
            Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
            if (unknown.find()) {
                return Problems.invalid(unknown.group(1), "is not a property of this request");
            }
            if (isJsonSyntax(t)) {
                return Problems.of(
                        HttpStatus.BAD_REQUEST, "malformed_json", "the request body is not well-formed JSON");
            }
        }
        for (Throwable t = cause.orElse(null); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidPropertyFormatException property
                    && property.getArgument().getName() != null) {
                return Problems.invalid(property.getArgument().getName(), "has a value of the wrong type or format");
            }
            Matcher unreadable = UNREADABLE_PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (unreadable.find()) {
                return Problems.invalid(unreadable.group(1), "has a value of the wrong type");
            }
        }
        Throwable root = cause.orElse(null);
        if (root instanceof ConversionErrorException conversion) {
            boolean uuid = conversion.getArgument().getType() == java.util.UUID.class;
            return Problems.invalid(
                    conversion.getArgument().getName(), uuid ? "must be a UUID" : "has an invalid value");
        }
        if (root instanceof UnsatisfiedArgumentException unsatisfied) {
            String name = unsatisfied.getArgument().getName();
            return "body".equals(name) || name.endsWith("Request") || name.equals("request")
                    ? Problems.of(HttpStatus.BAD_REQUEST, "malformed_json", "a JSON request body is required")
                    : Problems.invalid(name, "is required");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED.code(), "the request is invalid");
    }

    private static boolean isJsonSyntax(Throwable t) {
        String type = t.getClass().getName();
        return type.equals("com.fasterxml.jackson.core.JsonParseException")
                || type.equals("com.fasterxml.jackson.core.io.JsonEOFException")
                || type.equals("io.micronaut.json.JsonSyntaxException");
    }
}
