package dev.portside.domain.shared;

/** Input that cannot become a domain value; names the offending field. */
public final class ValidationException extends DomainException {

    private final String field;

    public ValidationException(String field, String message) {
        super(ErrorCode.VALIDATION_FAILED, field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(field.length() + 2);
    }
}
