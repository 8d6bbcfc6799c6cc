package dev.portside.domain.blog;

import dev.portside.domain.shared.ValidationException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A post's tags: normalised, de-duplicated with the first occurrence's position kept, at most 10.
 * The limit counts distinct tags after normalisation, so ["Java", "java"] is one tag, not two.
 */
public record Tags(List<Tag> values) {

    public static final int MAX_TAGS = 10;

    private static final Tags NONE = new Tags(List.of());

    public Tags {
        if (values == null) {
            throw new ValidationException("tags", "is required");
        }
        values = List.copyOf(new LinkedHashSet<>(values));
        if (values.size() > MAX_TAGS) {
            throw new ValidationException("tags", "must contain at most " + MAX_TAGS + " tags");
        }
    }

    public static Tags none() {
        return NONE;
    }

    /** From raw API input; each text is normalised by {@link Tag}. */
    public static Tags of(Collection<String> texts) {
        if (texts == null) {
            throw new ValidationException("tags", "is required");
        }
        return new Tags(texts.stream().map(Tag::new).toList());
    }

    public static Tags of(String... texts) {
        Objects.requireNonNull(texts, "texts");
        return of(List.of(texts));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean contains(Tag tag) {
        return values.contains(tag);
    }

    /** The tag texts in their kept order, as storage and the API write them. */
    public List<String> names() {
        return values.stream().map(Tag::value).toList();
    }
}
