package dev.portside.adapters.http.shared;

import dev.portside.domain.shared.ValidationException;
import java.util.UUID;

/** Parses ids from paths, queries and bodies with a field-named refusal instead of a conversion error. */
public final class Ids {

    private Ids() {}

    public static UUID uuid(String field, String text) {
        if (text == null) {
            throw new ValidationException(field, "is required");
        }
        if (text.length() != 36) {
            throw new ValidationException(field, "must be a UUID");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID");
        }
    }
}
