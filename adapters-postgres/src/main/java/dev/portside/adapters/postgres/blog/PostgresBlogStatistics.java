package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.BlogStatistics;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** Blog statistics as SQL aggregations, one statement per question. */
@Singleton
@PostgresAdapter
final class PostgresBlogStatistics implements BlogStatistics {

    private final PostRows rows;
    private final PostRowMapper mapper;

    PostgresBlogStatistics(PostRows rows, PostRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public List<AuthorPostStats> postsPerAuthor() {
        return rows.postsPerAuthor().stream().map(mapper::toStats).toList();
    }

    @Override
    public long authorsActiveSince(Instant since) {
        return rows.countAuthorsActiveSince(since);
    }
}
