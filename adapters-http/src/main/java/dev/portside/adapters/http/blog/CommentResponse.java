package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommentResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 36) UUID postId,
        AuthorResponse author,
        @Schema(maxLength = 10000) String content,
        @Schema(maxLength = 30) Instant createdAt) {}
