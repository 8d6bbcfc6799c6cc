package dev.portside.adapters.redis.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.user.UserId;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A post as the cache stores it; tags keep their order. An empty string or list is written (Micronaut
 * Serialization leaves it out by default); only an absent value is a missing field.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CachedPost(
        UUID id,
        UUID authorId,
        String title,
        String content,
        List<String> tags,
        PostStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {

    static CachedPost of(Post post) {
        return new CachedPost(
                post.id().value(),
                post.authorId().value(),
                post.title().value(),
                post.content().value(),
                List.copyOf(post.tags().names()),
                post.status(),
                post.createdAt(),
                post.updatedAt(),
                post.publishedAt().orElse(null),
                post.version());
    }

    Post toPost() {
        return new Post(
                new PostId(id),
                new UserId(authorId),
                new PostTitle(title),
                new PostContent(content),
                Tags.of(tags),
                status,
                createdAt,
                updatedAt,
                Optional.ofNullable(publishedAt),
                version);
    }
}
