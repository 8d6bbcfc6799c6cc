package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.VersionConflictException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Posts in PostgreSQL, on the connection of the caller's unit of work, with optimistic locking. */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresPostRepository implements PostRepository {

    private static final String FIND = "select " + BlogRows.POST_COLUMNS + " from posts p where p.id = ?";
    private static final String INSERT = """
            insert into posts (id, author_id, title, content, tags, status, created_at, updated_at, published_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            """;
    private static final String UPDATE = """
            update posts
               set author_id = ?, title = ?, content = ?, tags = ?, status = ?, created_at = ?, updated_at = ?,
                   published_at = ?, version = version + 1
             where id = ? and version = ?
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresPostRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return BlogSql.one(transactions.getConnection(), FIND, List.of(id.value()), BlogRows::post);
    }

    @Override
    public Post save(Post post) {
        Connection connection = transactions.getConnection();
        try {
            List<Object> values = BlogRows.postValues(post, connection);
            if (post.version() == 0) {
                BlogSql.update(connection, INSERT, values);
            } else {
                // every column but the id, then the key and the expected version
                List<Object> params = new ArrayList<>(values.subList(1, values.size()));
                params.add(post.id().value());
                params.add(post.version());
                if (BlogSql.update(connection, UPDATE, params) == 0) {
                    throw new VersionConflictException("post " + post.id());
                }
            }
            return post.withVersion(post.version() + 1);
        } catch (SQLException e) {
            if (SqlStates.violatedConstraint(e, SqlStates.UNIQUE_VIOLATION).filter("posts_pkey"::equals).isPresent()) {
                // an insert of an id that is already stored: the caller worked from a stale view
                throw new VersionConflictException("post " + post.id());
            }
            throw new DataAccessException("saving post " + post.id() + " failed", e);
        }
    }

    @Override
    public void delete(PostId id) {
        try {
            BlogSql.update(transactions.getConnection(), "delete from posts where id = ?", List.of(id.value()));
        } catch (SQLException e) {
            throw new DataAccessException("deleting post " + id + " failed", e);
        }
    }
}
