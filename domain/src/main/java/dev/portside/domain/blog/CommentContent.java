package dev.portside.domain.blog;

import dev.portside.domain.shared.Text;

/** A comment's text: 1-10,000 characters, not blank (an empty comment says nothing). */
public record CommentContent(String value) {

    public static final int MAX_LENGTH = 10_000;

    public CommentContent {
        Text.requiredNotBlank("content", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
