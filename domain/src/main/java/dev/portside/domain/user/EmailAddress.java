package dev.portside.domain.user;

import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, stored lower-case so that uniqueness and lookups ignore case without every
 * backend needing a case-insensitive index.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // Deliberately plain: one '@', a local part of at most 64 characters, a dotted domain without empty
    // labels. Only sending mail proves an address; a stricter pattern would mostly refuse real ones.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null) {
            throw new ValidationException("email", "is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        Text.required("email", value, 3, MAX_LENGTH);
        if (!SHAPE.matcher(value).matches()) {
            throw new ValidationException("email", "must be a valid email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
