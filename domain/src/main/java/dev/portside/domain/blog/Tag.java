package dev.portside.domain.blog;

import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.ValidationException;
import java.util.Locale;

/**
 * One tag, normalised on the way in (trimmed, lower-case in the root locale) so that "Java " and
 * "java" are the same tag for storage, equality and search.
 */
public record Tag(String value) implements Comparable<Tag> {

    public static final int MAX_LENGTH = 50;

    public Tag {
        if (value == null) {
            throw new ValidationException("tags", "must not contain null");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new ValidationException("tags", "must not contain blank tags");
        }
        Text.required("tags", value, 1, MAX_LENGTH);
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
