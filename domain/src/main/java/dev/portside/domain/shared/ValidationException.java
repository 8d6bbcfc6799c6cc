package dev.portside.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * Input that cannot become a domain value. Names every offending field, so a client that sent several
 * bad fields learns of all of them at once; {@link Validation} collects them.
 */
public final class ValidationException extends DomainException {

    /** One invalid field, named as the API names it, and why. */
    public record FieldError(String field, String message) {

        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldError> errors;
    // the first field, kept as a field too: tests and logs read it by name
    private final String field;

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public ValidationException(List<FieldError> errors) {
        super(ErrorCode.VALIDATION_FAILED, describe(errors));
        this.errors = List.copyOf(errors);
        this.field = this.errors.get(0).field();
    }

    /** Every invalid field, in the order they were found; never empty. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The first invalid field. */
    public String field() {
        return field;
    }

    /** Why the first invalid field was refused. */
    public String reason() {
        return errors.get(0).message();
    }

    /** The same errors, each field name prefixed (for example {@code items[2].}), for nested input. */
    public ValidationException prefixed(String prefix) {
        return new ValidationException(errors.stream()
                .map(error -> new FieldError(prefix + error.field(), error.message()))
                .toList());
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one field");
        }
        FieldError first = errors.get(0);
        String message = first.field() + ": " + first.message();
        return errors.size() == 1 ? message : message + " (and " + (errors.size() - 1) + " more)";
    }
}
