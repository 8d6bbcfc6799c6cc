package dev.portside.domain.blog.port;

import dev.portside.domain.shared.ValidationException;

/** How a tag filter combines several tags: the post has ALL of them, or ANY one of them. */
public enum TagMode {
    ALL,
    ANY;

    /** What {@code tagMode} means when the client leaves it out. */
    public static final TagMode DEFAULT = ANY;

    public static TagMode parse(String text) {
        if ("all".equalsIgnoreCase(text)) {
            return ALL;
        }
        if ("any".equalsIgnoreCase(text)) {
            return ANY;
        }
        throw new ValidationException("tagMode", "must be all or any");
    }
}
