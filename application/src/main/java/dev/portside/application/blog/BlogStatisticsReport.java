package dev.portside.application.blog;

import dev.portside.domain.blog.port.AuthorPostStats;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * @param authors               one line per author with posts, newest activity first
 * @param activeAuthorsLast30Days distinct authors who created a post in the 30 days up to {@code asOf}
 * @param asOf                  the "now" the window was measured from
 */
public record BlogStatisticsReport(List<AuthorPostStats> authors, long activeAuthorsLast30Days, Instant asOf) {

    public BlogStatisticsReport {
        authors = List.copyOf(authors);
        Objects.requireNonNull(asOf, "asOf");
    }
}
