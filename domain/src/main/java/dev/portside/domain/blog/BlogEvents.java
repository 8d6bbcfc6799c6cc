package dev.portside.domain.blog;

import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.Topic;

/**
 * The blog's events. A published post and its comments are public (comments exist only on published
 * posts); unpublishing is public too, so that everyone who was shown the post learns to hide it.
 */
public final class BlogEvents {

    private BlogEvents() {}

    public static DomainEvent published(Post post) {
        return new DomainEvent(
                EventType.POST_PUBLISHED,
                post.id().value(),
                Topic.POSTS,
                Audience.everyone(),
                EventData.builder()
                        .put("authorId", post.authorId())
                        .put("title", post.title().value())
                        .putStrings("tags", post.tags().names())
                        .put("status", post.status())
                        .put("publishedAt", post.publishedAt().orElse(null))
                        .put("version", post.version())
                        .build());
    }

    public static DomainEvent unpublished(Post post) {
        return new DomainEvent(
                EventType.POST_UNPUBLISHED,
                post.id().value(),
                Topic.POSTS,
                Audience.everyone(),
                EventData.builder()
                        .put("authorId", post.authorId())
                        .put("status", post.status())
                        .put("version", post.version())
                        .build());
    }

    public static DomainEvent commentAdded(Comment comment) {
        return new DomainEvent(
                EventType.COMMENT_ADDED,
                comment.id().value(),
                Topic.commentsOf(comment.postId().value()),
                Audience.everyone(),
                EventData.builder()
                        .put("postId", comment.postId())
                        .put("authorId", comment.authorId())
                        .put("content", comment.content().value())
                        .put("createdAt", comment.createdAt())
                        .build());
    }
}
