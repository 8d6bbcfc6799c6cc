package dev.portside.adapters.http.blog;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentView;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommentResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 36) UUID postId,
        AuthorResponse author,
        @Schema(maxLength = 10000) String content,
        @Schema(maxLength = 30) Instant createdAt) {

    static CommentResponse of(CommentView view) {
        return of(view.comment(), view.author());
    }

    static CommentResponse of(Comment comment, AuthorRef author) {
        return new CommentResponse(comment.id().value(), comment.postId().value(), AuthorResponse.of(author),
                comment.content().value(), comment.createdAt());
    }
}
