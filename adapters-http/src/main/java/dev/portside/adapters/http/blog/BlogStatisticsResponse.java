package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Per author: totals and the last post; plus the authors who posted in the last 30 days. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BlogStatisticsResponse(
        List<AuthorLine> authors,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long activeAuthorsLast30Days,

        @Schema(maxLength = 30) Instant asOf) {

    @Serdeable
    public record AuthorLine(
            AuthorResponse author,

            @Schema(minimum = "0", maximum = "9223372036854775807")
            long totalPosts,

            @Schema(minimum = "0", maximum = "9223372036854775807")
            long publishedPosts,

            @Schema(maxLength = 30) Instant lastPostAt) {}
}
