package dev.portside.adapters.http.problem;

import io.micronaut.http.HttpStatus;

/**
 * Codes of refusals that are about the request's transport or the service's state, not the business:
 * the HTTP adapter produces them, so it owns them ({@link dev.portside.domain.shared.ErrorCode} keeps
 * the business's refusals). The strings are part of the public contract, as the domain's are.
 */
public enum TransportCode {
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    IDEMPOTENCY_KEY_MISSING("idempotency_key_missing", HttpStatus.BAD_REQUEST),
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", HttpStatus.UNPROCESSABLE_ENTITY),
    STORAGE_UNAVAILABLE("storage_unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** The caller already holds as many open event streams as one caller may (issue 16). */
    SUBSCRIPTION_LIMIT_REACHED("subscription_limit_reached", HttpStatus.TOO_MANY_REQUESTS);

    private final String code;
    private final HttpStatus status;

    TransportCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
