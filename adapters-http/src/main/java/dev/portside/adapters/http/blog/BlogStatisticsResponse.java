package dev.portside.adapters.http.blog;

import dev.portside.application.blog.BlogStatisticsReport;
import dev.portside.domain.blog.port.AuthorPostStats;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** Per author: totals and the last post; plus the authors who posted in the last 30 days. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BlogStatisticsResponse(List<AuthorLine> authors, long activeAuthorsLast30Days, Instant asOf) {

    @Serdeable
    public record AuthorLine(AuthorResponse author, long totalPosts, long publishedPosts, Instant lastPostAt) {

        static AuthorLine of(AuthorPostStats stats) {
            return new AuthorLine(AuthorResponse.of(stats.author()), stats.totalPosts(), stats.publishedPosts(),
                    stats.lastPostAt());
        }
    }

    static BlogStatisticsResponse of(BlogStatisticsReport report) {
        return new BlogStatisticsResponse(report.authors().stream().map(AuthorLine::of).toList(),
                report.activeAuthorsLast30Days(), report.asOf());
    }
}
