package dev.portside.domain.shared;

import jakarta.annotation.Nullable;
import java.util.Objects;

/**
 * A refusal that is part of the business: it always carries a stable {@link ErrorCode}.
 * Messages are written for the API client and never contain storage details.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode errorCode;

    public DomainException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    // Refusals are expected outcomes, so no stack trace is captured; a cause is kept for logs.
    protected DomainException(ErrorCode errorCode, String message, @Nullable Throwable cause) {
        super(message, cause, false, false);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String code() {
        return errorCode.code();
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorCode.FORBIDDEN, message);
    }
}
