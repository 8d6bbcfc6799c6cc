package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.BlogStatistics;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Blog statistics as SQL aggregations, one statement per question. */
@Singleton
@Requires(beans = DataSource.class)
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
