package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.Statements;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The public post listing in exactly two statements, whatever the page size: the page (posts joined
 * to their authors, with a correlated comment count) and the count of matching posts. Every filter
 * and sort is backed by one of the partial indexes on published posts (V3__blog.sql).
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresPostCatalog implements PostCatalog {

    private static final String PAGE = "select " + BlogRows.POST_COLUMNS + ", u.username,"
            + " (select count(*) from comments c where c.post_id = p.id) as comment_count"
            + " from posts p join users u on u.id = p.author_id ";
    private static final String COUNT = "select count(*) from posts p ";

    private final TransactionOperations<Connection> transactions;

    PostgresPostCatalog(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<PostSummary> search(PostSearch search, PageRequest<PostSortField> page) {
        Connection connection = transactions.getConnection();
        List<Object> params = new ArrayList<>();
        String where = where(search, params, connection);

        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<PostSummary> items = BlogSql.list(connection, PAGE + where + orderBy(page) + " limit ? offset ?", pageParams,
                row -> new PostSummary(BlogRows.post(row), BlogRows.author(row), row.getLong("comment_count")));
        long total = BlogSql.count(connection, COUNT + where, params);
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The filters of {@link PostSearch}, all ANDed; the status is a literal so the partial indexes apply. */
    private static String where(PostSearch search, List<Object> params, Connection connection) {
        StringBuilder where = new StringBuilder("where p.status = 'PUBLISHED'");
        search.text().ifPresent(text -> {
            where.append(" and (lower(p.title) like ? or lower(p.content) like ?)");
            String pattern = Statements.containsPattern(text);
            params.add(pattern);
            params.add(pattern);
        });
        if (!search.tags().isEmpty()) {
            where.append(switch (search.tagMode()) {
                case ALL -> " and p.tags @> ?";
                case ANY -> " and p.tags && ?";
            });
            params.add(textArray(connection, search.tags().names()));
        }
        search.author().ifPresent(author -> {
            where.append(" and p.author_id = ?");
            params.add(author.value());
        });
        search.from().ifPresent(from -> {
            where.append(" and p.published_at >= ?");
            params.add(BlogSql.timestamp(from));
        });
        search.to().ifPresent(to -> {
            where.append(" and p.published_at < ?");
            params.add(BlogSql.timestamp(to));
        });
        return where.toString();
    }

    /** Whitelisted sorts (the enum) with ties by id in the same direction; titles compare binary. */
    private static String orderBy(PageRequest<PostSortField> page) {
        String direction = page.direction() == SortDirection.ASC ? " asc" : " desc";
        String sort = switch (page.sortField()) {
            case PUBLISHED_AT -> "p.published_at";
            case TITLE -> "p.title collate \"C\"";
        };
        return " order by " + sort + direction + ", p.id" + direction;
    }

    private static Array textArray(Connection connection, List<String> values) {
        try {
            return connection.createArrayOf("text", values.toArray());
        } catch (SQLException e) {
            throw new DataAccessException("cannot bind tags", e);
        }
    }
}
