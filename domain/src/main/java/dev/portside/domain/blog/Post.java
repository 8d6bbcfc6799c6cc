package dev.portside.domain.blog;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A blog post. Immutable: every behaviour returns a new instance, and a behaviour that would change
 * nothing returns this same instance, so callers can skip the save (and the version bump).
 *
 * <p>The canonical constructor is how adapters rebuild a stored post; it checks the invariants that
 * must hold whatever the source: a post is PUBLISHED exactly when it has a {@code publishedAt}.
 * New posts start with {@link #draft}.
 *
 * @param version 0 until first saved; the repository increments it on every save
 */
public record Post(
        PostId id,
        UserId authorId,
        PostTitle title,
        PostContent content,
        Tags tags,
        PostStatus status,
        Instant createdAt,
        Instant updatedAt,
        Optional<Instant> publishedAt,
        long version) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(status, "status");
        createdAt = Timestamps.millis(createdAt, "createdAt");
        updatedAt = Timestamps.millis(updatedAt, "updatedAt");
        publishedAt =
                Objects.requireNonNull(publishedAt, "publishedAt").map(at -> Timestamps.millis(at, "publishedAt"));
        if ((status == PostStatus.PUBLISHED) != publishedAt.isPresent()) {
            throw new IllegalArgumentException("publishedAt must be present exactly when the post is published");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    /** A new, never saved draft by its author. */
    public static Post draft(PostId id, UserId authorId, PostTitle title, PostContent content, Tags tags, Instant now) {
        return new Post(id, authorId, title, content, tags, PostStatus.DRAFT, now, now, Optional.empty(), 0);
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    public boolean isAuthoredBy(UserId userId) {
        return authorId.equals(userId);
    }

    /** Publishing an already published post keeps its original {@code publishedAt}. */
    public Post publish(Instant now) {
        if (isPublished()) {
            return this;
        }
        return new Post(
                id, authorId, title, content, tags, PostStatus.PUBLISHED, createdAt, now, Optional.of(now), version);
    }

    /** Back to draft; a later publish gets a new {@code publishedAt}, since that is when readers saw it. */
    public Post unpublish(Instant now) {
        if (!isPublished()) {
            return this;
        }
        return new Post(
                id, authorId, title, content, tags, PostStatus.DRAFT, createdAt, now, Optional.empty(), version);
    }

    public Post edit(PostChanges changes, Instant now) {
        PostTitle newTitle = changes.title().orElse(title);
        PostContent newContent = changes.content().orElse(content);
        Tags newTags = changes.tags().orElse(tags);
        if (newTitle.equals(title) && newContent.equals(content) && newTags.equals(tags)) {
            return this;
        }
        return new Post(id, authorId, newTitle, newContent, newTags, status, createdAt, now, publishedAt, version);
    }

    /** Readers may only discuss what was published; a draft refuses with {@code post_not_published}. */
    public Comment comment(CommentId commentId, UserId commenter, CommentContent text, Instant now) {
        if (!isPublished()) {
            throw new DomainException(ErrorCode.POST_NOT_PUBLISHED, "post " + id + " is not published");
        }
        return new Comment(commentId, id, commenter, text, now, 0);
    }

    /** The same post as stored at {@code newVersion}; only repositories call this. */
    public Post withVersion(long newVersion) {
        return new Post(id, authorId, title, content, tags, status, createdAt, updatedAt, publishedAt, newVersion);
    }
}
