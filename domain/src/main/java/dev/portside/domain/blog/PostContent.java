package dev.portside.domain.blog;

import dev.portside.domain.shared.Text;

/**
 * A post's body: up to 100,000 characters. It may be empty, because a draft often starts as a title
 * alone; the API only bounds its length.
 */
public record PostContent(String value) {

    public static final int MAX_LENGTH = 100_000;

    public PostContent {
        Text.required("content", value, 0, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
