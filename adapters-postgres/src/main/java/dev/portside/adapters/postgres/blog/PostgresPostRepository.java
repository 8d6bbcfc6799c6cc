package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Posts in PostgreSQL, in the caller's unit of work, with optimistic locking. */
@Singleton
@PostgresAdapter
final class PostgresPostRepository implements PostRepository {

    private final PostRows rows;
    private final PostRowMapper mapper;

    PostgresPostRepository(PostRows rows, PostRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return rows.findById(id.value()).map(mapper::toPost);
    }

    @Override
    public Post save(Post post) {
        PostRow row = mapper.toRow(post);
        if (post.version() == 0) {
            try {
                rows.insert(row);
            } catch (DataAccessException e) {
                if (SqlStates.violatedConstraint(e, SqlStates.UNIQUE_VIOLATION)
                        .filter("posts_pkey"::equals)
                        .isPresent()) {
                    // an insert of an id that is already stored: the caller worked from a stale view
                    throw new VersionConflictException("post " + post.id());
                }
                throw e;
            }
        } else if (rows.update(
                        row.id(),
                        row.version(),
                        row.authorId(),
                        row.title(),
                        row.content(),
                        row.tags(),
                        row.status(),
                        row.createdAt(),
                        row.updatedAt(),
                        row.publishedAt())
                == 0) {
            throw new VersionConflictException("post " + post.id());
        }
        return post.withVersion(post.version() + 1);
    }

    @Override
    public void delete(PostId id) {
        rows.deleteById(id.value());
    }
}
