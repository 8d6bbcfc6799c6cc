package dev.portside.adapters.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * An RFC 9457 problem document with our stable {@code code}. {@code errors} appears on validation
 * failures only; {@code productId} is an extension member that names the product on
 * {@code insufficient_stock}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(maxLength = 200) String type,
        @Schema(maxLength = 100) String title,
        @Schema(minimum = "400", maximum = "599") int status,
        @Schema(maxLength = 2000) String detail,

        @Schema(
                description = "stable machine-readable code of the refusal",
                allowableValues = {
                    "validation_failed",
                    "malformed_json",
                    "idempotency_key_missing",
                    "unauthenticated",
                    "invalid_credentials",
                    "forbidden",
                    "not_found",
                    "product_not_found",
                    "account_not_found",
                    "method_not_allowed",
                    "not_acceptable",
                    "username_taken",
                    "email_taken",
                    "sku_taken",
                    "insufficient_stock",
                    "illegal_status_transition",
                    "concurrent_modification",
                    "idempotency_key_in_use",
                    "version_mismatch",
                    "payload_too_large",
                    "unsupported_media_type",
                    "post_not_published",
                    "currency_mismatch",
                    "insufficient_funds",
                    "same_account",
                    "account_not_open",
                    "idempotency_key_reused",
                    "rate_limited",
                    "internal_error",
                    "storage_unavailable",
                    "subscription_limit_reached"
                })
        String code,

        @ArraySchema(maxItems = 1000) List<FieldError> errors,
        @Nullable @Schema(maxLength = 36) String productId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid input: the JSON field (or query parameter, path variable, header) and what is wrong. */
    @Serdeable
    public record FieldError(
            @Schema(maxLength = 200) String field,
            @Schema(maxLength = 500) String message) {}
}
