package dev.portside.adapters.http.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostStatus;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One post in full. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostResponse(
        UUID id,
        UUID authorId,
        String title,
        String content,
        List<String> tags,
        PostStatus status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    static PostResponse of(Post post) {
        return new PostResponse(post.id().value(), post.authorId().value(), post.title().value(),
                post.content().value(), post.tags().names(), post.status(), post.createdAt(), post.updatedAt(),
                post.publishedAt().orElse(null));
    }
}
