package dev.portside.adapters.http.shared;

import io.micronaut.serde.exceptions.SerdeException;
import jakarta.annotation.Nullable;

/** A JSON value of the wrong kind for its field, raised while reading a body; reported as validation_failed. */
public final class InvalidJsonValueException extends SerdeException {

    private final String field;
    private final String reason;

    public InvalidJsonValueException(String field, String reason, @Nullable Throwable cause) {
        super(field + ": " + reason, cause);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
