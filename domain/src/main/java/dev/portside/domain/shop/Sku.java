package dev.portside.domain.shop;

import dev.portside.domain.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A stock keeping unit: 1-64 of {@code [A-Za-z0-9_-]}. SKUs are case-insensitive for the business
 * ("ab-1" and "AB-1" are the same article), so the value is normalised to upper case here: storage
 * compares plain strings and the uniqueness index needs no case folding on either backend.
 */
public record Sku(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    public Sku {
        if (value == null) {
            throw new ValidationException("sku", "is required");
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new ValidationException("sku", "must be 1-" + MAX_LENGTH + " letters, digits, '_' or '-'");
        }
        value = value.toUpperCase(Locale.ROOT);
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
