package dev.portside.domain.user;

import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.ValidationException;

/**
 * A password as the user typed it, within the password policy. It only ever travels to a
 * {@code PasswordHasher}; {@link #toString()} is masked so that it cannot end up in a log by accident.
 */
public record PlainPassword(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public PlainPassword {
        Text.required("password", value, MIN_LENGTH, MAX_LENGTH);
    }

    /** The same policy, reported against another API field (e.g. {@code currentPassword}). */
    public static PlainPassword of(String field, String value) {
        try {
            return new PlainPassword(value);
        } catch (ValidationException e) {
            throw new ValidationException(field, e.reason());
        }
    }

    @Override
    public String toString() {
        return "PlainPassword[****]";
    }
}
