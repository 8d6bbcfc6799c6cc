package dev.portside.adapters.http.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommentResponse(UUID id, UUID postId, AuthorResponse author, String content, Instant createdAt) {

    static CommentResponse of(CommentView view) {
        return of(view.comment(), view.author());
    }

    static CommentResponse of(Comment comment, AuthorRef author) {
        return new CommentResponse(comment.id().value(), comment.postId().value(), AuthorResponse.of(author),
                comment.content().value(), comment.createdAt());
    }
}
