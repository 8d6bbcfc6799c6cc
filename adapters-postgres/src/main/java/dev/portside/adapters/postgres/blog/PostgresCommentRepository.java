package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Comments in PostgreSQL. They are only ever inserted and deleted, so there is no update. */
@Singleton
@PostgresAdapter
final class PostgresCommentRepository implements CommentRepository {

    private final CommentRows rows;
    private final CommentRowMapper mapper;

    PostgresCommentRepository(CommentRows rows, CommentRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Comment add(Comment comment) {
        if (comment.version() != 0) {
            throw new IllegalArgumentException("only new comments (version 0) can be added");
        }
        try {
            rows.insert(mapper.toRow(comment));
        } catch (DataAccessException e) {
            if (SqlStates.violatedConstraint(e, SqlStates.UNIQUE_VIOLATION)
                    .filter("comments_pkey"::equals)
                    .isPresent()) {
                throw new VersionConflictException("comment " + comment.id());
            }
            throw e;
        }
        return comment.withVersion(1);
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return rows.findById(id.value()).map(mapper::toComment);
    }

    @Override
    public long deleteAllOf(PostId postId) {
        return rows.deleteByPostId(postId.value());
    }
}
