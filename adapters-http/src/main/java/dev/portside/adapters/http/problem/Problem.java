package dev.portside.adapters.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document with our stable {@code code}. {@code errors} appears on validation
 * failures only; {@code productId} is an extension member that names the product on
 * {@code insufficient_stock}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        List<FieldError> errors,
        @Nullable String productId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid input: the JSON field (or query parameter, path variable, header) and what is wrong. */
    @Serdeable
    public record FieldError(String field, String message) {
    }
}
