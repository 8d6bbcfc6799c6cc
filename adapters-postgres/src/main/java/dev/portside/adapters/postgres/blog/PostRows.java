package dev.portside.adapters.postgres.blog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code posts} table. Writes carry the version: an insert stores version 1, an update only
 * applies to the version the post was read at. The listing is one statement per whitelisted sort
 * (so each reads its own partial index in order) plus one count; an absent filter is a null
 * parameter, which PostgreSQL folds away when it plans the statement with its values.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostRows extends GenericRepository<PostRow, UUID> {

    /** Published posts with their author and comment count; the status is a literal so the partial indexes apply. */
    String LISTING = """
            select p.id, p.author_id, p.title, p.content, p.tags, p.status, p.created_at, p.updated_at,
                   p.published_at, p.version, u.username,
                   (select count(*) from comments c where c.post_id = p.id) as comment_count
              from posts p join users u on u.id = p.author_id
            """;

    /** Every present filter ANDed; text is a lower-case, escaped {@code %text%} pattern. */
    String FILTER = """
             where p.status = 'PUBLISHED'
               and (cast(:text as text) is null or lower(p.title) like :text or lower(p.content) like :text)
               and (cast(:allTags as text[]) is null or p.tags @> cast(:allTags as text[]))
               and (cast(:anyTags as text[]) is null or p.tags && cast(:anyTags as text[]))
               and (cast(:author as uuid) is null or p.author_id = :author)
               and (cast(:from as timestamptz) is null or p.published_at >= :from)
               and (cast(:to as timestamptz) is null or p.published_at < :to)
            """;

    String PAGE = " limit :limit offset :offset";

    Optional<PostRow> findById(UUID id);

    @Query("""
            insert into posts (id, author_id, title, content, tags, status, created_at, updated_at, published_at, version)
            values (:id, :authorId, :title, :content, cast(:tags as text[]), :status, :createdAt, :updatedAt, :publishedAt, 1)
            """)
    void insert(PostRow row);

    /**
     * Every column but the id, from the version the post was read at; 0 rows means someone saved in
     * between. Plain parameters, not the row: with an entity parameter Micronaut Data reports 1 row
     * whatever the statement touched.
     */
    @Query("""
            update posts
               set author_id = :authorId, title = :title, content = :content, tags = cast(:tags as text[]),
                   status = :status, created_at = :createdAt, updated_at = :updatedAt,
                   published_at = :publishedAt, version = version + 1
             where id = :id and version = :version
            """)
    int update(
            UUID id,
            long version,
            UUID authorId,
            String title,
            String content,
            String[] tags,
            String status,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt);

    void deleteById(UUID id);

    @Query(LISTING + FILTER + " order by p.published_at asc, p.id asc" + PAGE)
    List<PostSummaryRow> listByPublishedAtAsc(
            @Nullable String text,
            @Nullable String[] allTags,
            @Nullable String[] anyTags,
            @Nullable UUID author,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit,
            long offset);

    @Query(LISTING + FILTER + " order by p.published_at desc, p.id desc" + PAGE)
    List<PostSummaryRow> listByPublishedAtDesc(
            @Nullable String text,
            @Nullable String[] allTags,
            @Nullable String[] anyTags,
            @Nullable UUID author,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit,
            long offset);

    /** Titles compare binary, as the domain compares strings (index posts_published_by_title). */
    @Query(LISTING + FILTER + " order by p.title collate \"C\" asc, p.id asc" + PAGE)
    List<PostSummaryRow> listByTitleAsc(
            @Nullable String text,
            @Nullable String[] allTags,
            @Nullable String[] anyTags,
            @Nullable UUID author,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit,
            long offset);

    @Query(LISTING + FILTER + " order by p.title collate \"C\" desc, p.id desc" + PAGE)
    List<PostSummaryRow> listByTitleDesc(
            @Nullable String text,
            @Nullable String[] allTags,
            @Nullable String[] anyTags,
            @Nullable UUID author,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit,
            long offset);

    @Query("select count(*) from posts p" + FILTER)
    long countListed(
            @Nullable String text,
            @Nullable String[] allTags,
            @Nullable String[] anyTags,
            @Nullable UUID author,
            @Nullable Instant from,
            @Nullable Instant to);

    @Query("""
            select p.author_id, u.username,
                   count(*) as total_posts,
                   count(*) filter (where p.status = 'PUBLISHED') as published_posts,
                   max(p.created_at) as last_post_at
              from posts p
              join users u on u.id = p.author_id
             group by p.author_id, u.username
             order by last_post_at desc, p.author_id asc
            """)
    List<AuthorStatsRow> postsPerAuthor();

    @Query("select count(distinct author_id) from posts where created_at >= :since")
    long countAuthorsActiveSince(Instant since);
}
