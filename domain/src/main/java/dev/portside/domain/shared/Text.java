package dev.portside.domain.shared;

/** Small guards value objects use to validate themselves with field-named refusals. */
public final class Text {

    private Text() {
    }

    public static String required(String field, String value, int min, int max) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new ValidationException(field, min == max
                    ? "must be " + min + " characters"
                    : "must be " + min + "-" + max + " characters");
        }
        return value;
    }

    public static String requiredNotBlank(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return required(field, value, 1, max);
    }

    /** Optional free text: null stays absent, otherwise the length is checked. */
    public static String optional(String field, String value, int max) {
        return value == null ? null : required(field, value, 0, max);
    }
}
