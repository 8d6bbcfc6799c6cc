package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

/** A post's comments with their authors: one page statement (joined to users) and one count, both on comments_post_created. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresCommentCatalog implements CommentCatalog {

    private static final String PAGE = "select " + BlogRows.COMMENT_COLUMNS + ", u.username"
            + " from comments c join users u on u.id = c.author_id where c.post_id = ?";
    private static final String COUNT = "select count(*) from comments c where c.post_id = ?";

    private final TransactionOperations<Connection> transactions;

    PostgresCommentCatalog(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Page<CommentView> commentsOf(PostId postId, PageRequest<CommentSortField> page) {
        Connection connection = transactions.getConnection();
        String direction = page.direction() == SortDirection.ASC ? " asc" : " desc";
        String orderBy = switch (page.sortField()) {
            case CREATED_AT -> " order by c.created_at" + direction + ", c.id" + direction;
        };
        List<CommentView> items = BlogSql.list(connection, PAGE + orderBy + " limit ? offset ?",
                List.of(postId.value(), page.size(), page.offset()),
                row -> new CommentView(BlogRows.comment(row), BlogRows.author(row)));
        long total = BlogSql.count(connection, COUNT, List.of(postId.value()));
        return new Page<>(items, page.page(), page.size(), total);
    }
}
