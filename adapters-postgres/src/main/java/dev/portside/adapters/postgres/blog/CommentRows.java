package dev.portside.adapters.postgres.blog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code comments} table. Comments are only ever inserted and deleted. A post's comments are
 * listed (joined to their authors) in one statement per sort direction, both on comments_post_created.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommentRows extends GenericRepository<CommentRow, UUID> {

    String OF_POST = """
            select c.id, c.post_id, c.author_id, c.content, c.created_at, c.version, u.username
              from comments c join users u on u.id = c.author_id
             where c.post_id = :postId
            """;

    Optional<CommentRow> findById(UUID id);

    @Query("""
            insert into comments (id, post_id, author_id, content, created_at, version)
            values (:id, :postId, :authorId, :content, :createdAt, 1)
            """)
    void insert(CommentRow row);

    long deleteByPostId(UUID postId);

    @Query(OF_POST + " order by c.created_at asc, c.id asc limit :limit offset :offset")
    List<CommentViewRow> listOfPostOldestFirst(UUID postId, int limit, long offset);

    @Query(OF_POST + " order by c.created_at desc, c.id desc limit :limit offset :offset")
    List<CommentViewRow> listOfPostNewestFirst(UUID postId, int limit, long offset);

    long countByPostId(UUID postId);
}
