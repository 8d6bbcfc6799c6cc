package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published post in a listing: an excerpt instead of the content (up to 100,000 characters each),
 * so that a page of 100 stays small; the full post is at {@code GET /api/posts/{id}}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostSummaryResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 255) String title,
        @Schema(maxLength = 281) String excerpt,

        @ArraySchema(maxItems = 10, schema = @Schema(maxLength = 50))
        List<String> tags,

        @Schema(maxLength = 30) Instant publishedAt,
        AuthorResponse author,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long commentCount) {}
