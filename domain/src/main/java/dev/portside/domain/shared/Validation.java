package dev.portside.domain.shared;

import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Collects every invalid field of one input before refusing it, so the client gets one 400 naming
 * them all rather than a fix-and-retry loop, one field at a time. Command and query records feed it
 * from their compact constructors and raw-input factories:
 *
 * <pre>{@code
 * new Validation().required("actor", actor).required("id", orderId).done();
 *
 * Validation check = new Validation();
 * Username name = check.parse(() -> new Username(rawName));
 * EmailAddress email = check.parse(() -> new EmailAddress(rawEmail));
 * check.done(); // one ValidationException naming every error found
 * }</pre>
 */
public final class Validation {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    /** Records {@code field is required} when the value is null. */
    public Validation required(String field, @Nullable Object value) {
        return check(value != null, field, "is required");
    }

    /**
     * Records {@code field is required} when the value is null, otherwise whatever
     * {@link ValidationException} the rule throws for it.
     */
    public <T> Validation required(String field, @Nullable T value, Consumer<? super T> rule) {
        if (value == null) {
            return check(false, field, "is required");
        }
        return run(() -> rule.accept(value));
    }

    /** Records the message against the field unless the condition holds. */
    public Validation check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new ValidationException.FieldError(field, message));
        }
        return this;
    }

    /**
     * Builds a value, recording its validation errors instead of throwing them; returns null when
     * the value is invalid (the caller's {@link #done()} then throws before the null is used).
     */
    @Nullable
    public <T> T parse(Supplier<T> value) {
        try {
            return value.get();
        } catch (ValidationException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    /** Runs a check that throws {@link ValidationException}, recording its errors instead. */
    public Validation run(Runnable check) {
        parse(() -> {
            check.run();
            return null;
        });
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Throws one {@link ValidationException} naming every error recorded; does nothing when valid. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
