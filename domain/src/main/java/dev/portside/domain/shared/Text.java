package dev.portside.domain.shared;

import jakarta.annotation.Nullable;

/**
 * Small guards value objects use to validate themselves with field-named refusals.
 *
 * <p>Every text value is also checked to be storable text, one rule for every backend: no C0 control
 * characters other than tab, line feed and carriage return, no DEL, and no unpaired surrogate.
 * PostgreSQL cannot store U+0000 at all and a lone surrogate has no UTF-8 form; the other controls are
 * refused with them because no field of this service has a use for them and they hide text in logs
 * and terminals.
 */
public final class Text {

    private Text() {}

    public static String required(String field, String value, int min, int max) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new ValidationException(
                    field,
                    min == max ? "must be " + min + " characters" : "must be " + min + "-" + max + " characters");
        }
        return storable(field, value);
    }

    public static String requiredNotBlank(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return required(field, value, 1, max);
    }

    /** Optional free text: null stays absent, otherwise the length is checked. */
    public static @Nullable String optional(String field, @Nullable String value, int max) {
        return value == null ? null : required(field, value, 0, max);
    }

    /** Refuses text no backend can hold faithfully (see the class comment). */
    public static String storable(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                throw new ValidationException(field, "must not contain control characters");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new ValidationException(field, "must not contain unpaired surrogates");
            }
            if (Character.isLowSurrogate(c)) {
                throw new ValidationException(field, "must not contain unpaired surrogates");
            }
        }
        return value;
    }
}
