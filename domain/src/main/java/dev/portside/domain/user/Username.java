package dev.portside.domain.user;

import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login name as the user typed it. The case is kept for display, but uniqueness and lookups go
 * through {@link #canonical()}, so "Alice" and "alice" are the same account.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 30;

    private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9_.-]+");

    public Username {
        Text.required("username", value, MIN_LENGTH, MAX_LENGTH);
        if (!ALLOWED.matcher(value).matches()) {
            throw new ValidationException("username", "may contain only letters a-z, digits, '_', '.' and '-'");
        }
    }

    /** The form that is unique and that lookups compare; ASCII-only, so the root locale is exact. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(Username other) {
        return canonical().equals(other.canonical());
    }

    @Override
    public String toString() {
        return value;
    }
}
