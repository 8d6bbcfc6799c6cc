package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.shared.VersionConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Comments in PostgreSQL. They are only ever inserted and deleted, so there is no update. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresCommentRepository implements CommentRepository {

    private static final String FIND = "select " + BlogRows.COMMENT_COLUMNS + " from comments c where c.id = ?";
    private static final String INSERT = """
            insert into comments (id, post_id, author_id, content, created_at, version) values (?, ?, ?, ?, ?, 1)
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresCommentRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Comment add(Comment comment) {
        if (comment.version() != 0) {
            throw new IllegalArgumentException("only new comments (version 0) can be added");
        }
        try {
            BlogSql.update(transactions.getConnection(), INSERT, BlogRows.commentValues(comment));
            return comment.withVersion(1);
        } catch (SQLException e) {
            if (SqlStates.violatedConstraint(e, SqlStates.UNIQUE_VIOLATION).filter("comments_pkey"::equals).isPresent()) {
                throw new VersionConflictException("comment " + comment.id());
            }
            throw new DataAccessException("adding comment " + comment.id() + " failed", e);
        }
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return BlogSql.one(transactions.getConnection(), FIND, List.of(id.value()), BlogRows::comment);
    }

    @Override
    public long deleteAllOf(PostId postId) {
        try {
            return BlogSql.update(transactions.getConnection(), "delete from comments where post_id = ?",
                    List.of(postId.value()));
        } catch (SQLException e) {
            throw new DataAccessException("deleting the comments of post " + postId + " failed", e);
        }
    }
}
