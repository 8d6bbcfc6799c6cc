package dev.portside.adapters.postgres.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hot blog queries use their indexes. Seeds 20,000 authors, 20,000 posts (one in ten a draft, two
 * tags each) and 40,000 comments, runs VACUUM ANALYZE, then EXPLAINs the statements the adapters really
 * executed (captured with their parameters) and fails on any sequential scan. Seeded ids are
 * {@code md5(name)::uuid}, so the test can name seeded rows without reading them back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlogQueryPlansTest implements OnTestPostgres {

    private static final int AUTHORS = 20_000;
    private static final int POSTS = 20_000;

    private static final String SEED_AUTHORS = """
            insert into users (id, username, email, password_hash, roles, status, created_at, failed_login_attempts, version)
            select md5('author' || i)::uuid, 'seed_author_' || i, 'seed_author_' || i || '@example.test', 'hash',
                   array['USER'], 'ACTIVE', timestamptz '2024-01-01', 0, 1
              from generate_series(1, {authors}) as i
            """;
    private static final String SEED_POSTS = """
            insert into posts (id, author_id, title, content, tags, status, created_at, updated_at, published_at, version)
            select md5('post' || i)::uuid,
                   md5('author' || (1 + mod(i, {authors})))::uuid,
                   'Post ' || substr(md5('title' || i), 1, 16),
                   'Body ' || md5('a' || i) || ' ' || md5('b' || i) || ' ' || md5('c' || i),
                   array['t' || mod(i, 400), 'u' || mod(i, 300)],
                   case when mod(i, 10) = 0 then 'DRAFT' else 'PUBLISHED' end,
                   timestamptz '2024-01-01' + i * interval '1 minute',
                   timestamptz '2024-01-01' + i * interval '1 minute',
                   case when mod(i, 10) = 0 then null else timestamptz '2024-01-01' + i * interval '1 minute' end,
                   1
              from generate_series(1, {posts}) as i
            """;
    private static final String SEED_COMMENTS = """
            insert into comments (id, post_id, author_id, content, created_at, version)
            select md5('comment' || i)::uuid,
                   md5('post' || (1 + mod(i, {posts})))::uuid,
                   md5('author' || (1 + mod(i * 7, {authors})))::uuid,
                   'Comment ' || md5('comment' || i),
                   timestamptz '2024-06-01' + i * interval '1 second',
                   1
              from generate_series(1, 2 * {posts}) as i
            """;

    @Inject
    PostCatalog catalog;

    @Inject
    CommentCatalog comments;

    @Inject
    PostRepository posts;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void seed() {
        QueryPlans.run(
                sized(SEED_AUTHORS),
                sized(SEED_POSTS),
                sized(SEED_COMMENTS),
                "vacuum analyze users",
                "vacuum analyze posts",
                "vacuum analyze comments");
    }

    /**
     * The one deliberate exception: the total of the unfiltered listing counts every published post, so
     * it reads them all whatever the plan; PostgreSQL picks a sequential scan or an index-only scan of
     * posts_published_by_date by cost, and both are right. Only its page statement is held to the rule.
     */
    @Test
    void the_default_listing_page_reads_the_published_by_date_index() {
        List<StatementRecorder.Executed> statements = listing(PostSearch.everything(), PostSortField.PUBLISHED_AT);

        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).sql()).startsWith("select count(*)");
        assertIndexed(statements.subList(0, 1), "posts_published_by_date");
    }

    @Test
    void text_search_uses_the_trigram_indexes_of_title_and_content() {
        String inSeededTitles = md5("title17").substring(3, 9);

        assertIndexed(
                listing(PostSearch.everything().withText(inSeededTitles), PostSortField.PUBLISHED_AT),
                "posts_published_title_trgm",
                "posts_published_content_trgm");
    }

    @Test
    void tag_search_uses_the_tags_index_in_both_modes() {
        assertIndexed(
                listing(PostSearch.everything().withTags(TagMode.ALL, "t17", "u17"), PostSortField.PUBLISHED_AT),
                "posts_published_tags");
        assertIndexed(
                listing(PostSearch.everything().withTags(TagMode.ANY, "t17", "u18"), PostSortField.TITLE),
                "posts_published_tags");
    }

    @Test
    void author_search_uses_the_by_author_index() {
        UserId author = new UserId(md5Uuid("author5"));

        assertIndexed(
                listing(PostSearch.everything().byAuthor(author), PostSortField.PUBLISHED_AT),
                "posts_published_by_author");
    }

    @Test
    void the_comments_of_a_post_use_the_post_comments_index() {
        PostId post = new PostId(md5Uuid("post5"));

        assertIndexed(
                record(() -> comments.commentsOf(
                        post, new PageRequest<>(0, 20, CommentSortField.CREATED_AT, SortDirection.ASC))),
                "comments_post_created");
    }

    @Test
    void find_post_by_id_uses_the_primary_key() {
        assertIndexed(record(() -> posts.findById(new PostId(md5Uuid("post5")))), "posts_pkey");
    }

    private List<StatementRecorder.Executed> listing(PostSearch search, PostSortField sort) {
        return record(() -> catalog.search(search, new PageRequest<>(0, 20, sort, SortDirection.DESC)));
    }

    private List<StatementRecorder.Executed> record(Runnable work) {
        return unitOfWork.execute(() -> {
            recorder.clear();
            work.run();
            return recorder.executed();
        });
    }

    /** Every statement is free of sequential scans, and together they use each named index. */
    private static void assertIndexed(List<StatementRecorder.Executed> statements, String... indexes) {
        assertThat(statements).isNotEmpty();
        StringBuilder plans = new StringBuilder();
        for (StatementRecorder.Executed statement : statements) {
            String plan = QueryPlans.explain(statement);
            assertThat(plan).as(statement.sql()).doesNotContain("Seq Scan");
            plans.append(plan);
        }
        assertThat(plans.toString()).contains(indexes);
    }

    private static String sized(String sql) {
        return sql.replace("{authors}", Integer.toString(AUTHORS)).replace("{posts}", Integer.toString(POSTS));
    }

    private static String md5(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL's {@code md5(text)::uuid}. */
    private static UUID md5Uuid(String text) {
        String hex = md5(text);
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }
}
