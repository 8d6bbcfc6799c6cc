package dev.portside.adapters.http.problem;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import io.micronaut.http.HttpStatus;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/** Builds problem documents; the one place that decides type URIs, titles and statuses. */
public final class Problems {

    /** Relative type URIs: stable identifiers of the code, not pages that must resolve. */
    private static final String TYPE_PREFIX = "/problems/";

    private Problems() {}

    /** A detail always stands in the answer; an exception without a message gets the status's reason phrase. */
    public static Problem of(HttpStatus status, String code, @Nullable String detail) {
        return new Problem(
                TYPE_PREFIX + code,
                status.getReason(),
                status.getCode(),
                Objects.requireNonNullElse(detail, status.getReason()),
                code,
                List.of(),
                null);
    }

    public static Problem of(ErrorCode errorCode, @Nullable String detail) {
        return of(statusOf(errorCode.kind()), errorCode.code(), detail);
    }

    public static Problem of(TransportCode code, @Nullable String detail) {
        return of(code.status(), code.code(), detail);
    }

    public static Problem invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "the request has " + errors.size() + " invalid fields";
        Problem base = of(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED.code(), detail);
        return new Problem(base.type(), base.title(), base.status(), base.detail(), base.code(), errors, null);
    }

    /** Every invalid field the input had, one entry each in {@code errors[]}. */
    public static Problem invalid(ValidationException invalid) {
        return invalid(invalid.errors().stream()
                .map(error -> new Problem.FieldError(error.field(), error.message()))
                .toList());
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static HttpStatus statusOf(ErrorCode.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
            case RULE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
