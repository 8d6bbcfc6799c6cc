package dev.portside.domain.blog;

import java.util.Objects;
import java.util.Optional;

/** What an edit (PATCH) asks for: each absent part keeps the post's current value. */
public record PostChanges(Optional<PostTitle> title, Optional<PostContent> content, Optional<Tags> tags) {

    public PostChanges {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(tags, "tags");
    }

    public static PostChanges none() {
        return new PostChanges(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public PostChanges withTitle(PostTitle newTitle) {
        return new PostChanges(Optional.of(newTitle), content, tags);
    }

    public PostChanges withContent(PostContent newContent) {
        return new PostChanges(title, Optional.of(newContent), tags);
    }

    public PostChanges withTags(Tags newTags) {
        return new PostChanges(title, content, Optional.of(newTags));
    }
}
