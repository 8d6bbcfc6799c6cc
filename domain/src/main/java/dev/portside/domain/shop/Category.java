package dev.portside.domain.shop;

import dev.portside.domain.shared.Text;
import java.util.Locale;

/**
 * A product category: 1-100 characters, not blank. Stored as given (it is displayed); filters match
 * it ignoring case, and reports group on the stored spelling.
 */
public record Category(String value) {

    public static final int MAX_LENGTH = 100;

    public Category {
        Text.requiredNotBlank("category", value, MAX_LENGTH);
    }

    public static Category of(String value) {
        return new Category(value);
    }

    public boolean matchesIgnoringCase(Category other) {
        return value.toLowerCase(Locale.ROOT).equals(other.value.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
