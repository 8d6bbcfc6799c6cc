package dev.portside.domain.blog;

import dev.portside.domain.shared.Text;

/** A post's title: 1-255 characters, not blank. Kept as written (no trimming) so authors get back what they sent. */
public record PostTitle(String value) {

    public static final int MAX_LENGTH = 255;

    public PostTitle {
        Text.requiredNotBlank("title", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
