package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.BlogStatistics;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Blog statistics as SQL aggregations, one statement per question. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresBlogStatistics implements BlogStatistics {

    private static final String POSTS_PER_AUTHOR = """
            select p.author_id, u.username,
                   count(*) as total_posts,
                   count(*) filter (where p.status = 'PUBLISHED') as published_posts,
                   max(p.created_at) as last_post_at
              from posts p
              join users u on u.id = p.author_id
             group by p.author_id, u.username
             order by last_post_at desc, p.author_id asc
            """;
    private static final String AUTHORS_ACTIVE_SINCE = """
            select count(distinct author_id) from posts where created_at >= ?
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresBlogStatistics(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<AuthorPostStats> postsPerAuthor() {
        return BlogSql.list(transactions.getConnection(), POSTS_PER_AUTHOR, List.of(), row -> new AuthorPostStats(
                BlogRows.author(row), row.getLong("total_posts"), row.getLong("published_posts"),
                BlogSql.instant(row, "last_post_at")));
    }

    @Override
    public long authorsActiveSince(Instant since) {
        return BlogSql.count(transactions.getConnection(), AUTHORS_ACTIVE_SINCE, List.of(BlogSql.timestamp(since)));
    }
}
