package dev.portside.domain.blog;

import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A reader's comment on a post: its own small aggregate, referring to the post by id, because
 * comments are appended independently and must never contend on the post's version.
 * New comments come from {@link Post#comment}, which enforces that the post is published; the
 * canonical constructor is for adapters rebuilding stored comments.
 */
public record Comment(
        CommentId id, PostId postId, UserId authorId, CommentContent content, Instant createdAt, long version) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(content, "content");
        createdAt = Timestamps.millis(createdAt, "createdAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    public Comment withVersion(long newVersion) {
        return new Comment(id, postId, authorId, content, createdAt, newVersion);
    }
}
