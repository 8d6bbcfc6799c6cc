package dev.portside.adapters.postgres.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import dev.portside.application.blog.SearchPostsQuery;
import dev.portside.application.blog.SearchPostsService;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.CommentMother;
import dev.portside.testkit.blog.PostMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The listing joins what it shows: a page of 20 posts with their authors and comment counts costs at
 * most two SQL statements (page + total), counted at JDBC level by {@link StatementRecorder}, through
 * the application's search use case as the HTTP adapter calls it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostListingStatementsTest implements OnTestPostgres {

    private static final Instant T0 = Instant.parse("2034-01-01T00:00:00Z");

    @Inject
    PostCatalog catalog;

    @Inject
    PostRepository posts;

    @Inject
    CommentRepository comments;

    @Inject
    UserRepository users;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    StatementRecorder recorder;

    private final String tag = "listing" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<Post, AuthorRef> authorOf = new HashMap<>();
    private final Map<Post, Long> commentsOf = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

    /** 25 published posts by 5 authors, each with 0-4 comments by 3 readers. */
    @BeforeAll
    void givenPostsWithAuthorsAndComments() {
        List<AuthorRef> authors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            authors.add(BlogAuthors.register(unitOfWork, users, "lister" + i + "_" + tag.substring(7)));
        }
        for (int i = 0; i < 25; i++) {
            AuthorRef author = authors.get(i % authors.size());
            Post post = unitOfWork.execute(() -> posts.save(PostMother.aPublishedPost()
                    .by(author)
                    .taggedWith(tag)
                    .publishedAt(T0.plusSeconds(authorOf.size()))
                    .build()));
            authorOf.put(post, author);
            long count = i % 5;
            for (int c = 0; c < count; c++) {
                AuthorRef reader = authors.get((i + c + 1) % authors.size());
                unitOfWork.run(() -> comments.add(CommentMother.aComment()
                        .on(post)
                        .by(reader)
                        .at(T0.plusSeconds(100))
                        .build()));
            }
            commentsOf.put(post, count);
        }
    }

    @Test
    void listing_20_posts_with_authors_and_comment_counts_takes_at_most_two_statements() {
        SearchPostsService search = new SearchPostsService(catalog, unitOfWork);
        SearchPostsQuery query = new SearchPostsQuery(
                PostSearch.everything().withTags(TagMode.ANY, tag),
                new PageRequest<>(0, 20, PostSortField.PUBLISHED_AT, SortDirection.DESC));

        recorder.clear();
        Page<PostSummary> page = search.search(query);
        List<StatementRecorder.Executed> statements = recorder.executed();

        assertThat(page.items()).hasSize(20);
        assertThat(page.totalItems()).isEqualTo(25);
        for (PostSummary item : page.items()) {
            Post stored = authorOf.keySet().stream()
                    .filter(post -> post.id().equals(item.post().id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.author()).isEqualTo(authorOf.get(stored));
            assertThat(item.commentCount()).isEqualTo(commentsOf.get(stored));
        }
        assertThat(statements).as(QueryPlans.describe(statements)).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void the_recorder_sees_every_statement_so_a_per_row_lookup_would_be_caught() {
        List<Post> twenty = authorOf.keySet().stream().limit(20).toList();

        recorder.clear();
        unitOfWork.run(() -> twenty.forEach(post -> posts.findById(post.id())));

        assertThat(recorder.executed()).hasSize(20);
    }
}
