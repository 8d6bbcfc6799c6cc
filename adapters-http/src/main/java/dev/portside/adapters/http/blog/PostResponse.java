package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.domain.blog.PostStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One post in full. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 36) UUID authorId,
        @Schema(maxLength = 255) String title,
        @Schema(maxLength = 100000) String content,

        @ArraySchema(maxItems = 10, schema = @Schema(maxLength = 50))
        List<String> tags,

        PostStatus status,
        @Schema(maxLength = 30) Instant createdAt,
        @Schema(maxLength = 30) Instant updatedAt,
        @Nullable @Schema(maxLength = 30) Instant publishedAt) {}
