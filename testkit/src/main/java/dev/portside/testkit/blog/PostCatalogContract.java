package dev.portside.testkit.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search semantics of {@code GET /api/posts}, on data sets each test builds for itself. Tests
 * isolate their rows with a fresh author, a random text token or random tags, so a shared database
 * may hold anything else.
 */
public abstract class PostCatalogContract extends BlogContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private PostCatalog postCatalog;

    @Inject
    private PostRepository postRepository;

    @Inject
    private CommentRepository commentRepository;

    protected PostCatalog postCatalog() {
        return postCatalog;
    }

    protected PostRepository postRepository() {
        return postRepository;
    }

    protected CommentRepository commentRepository() {
        return commentRepository;
    }

    private static final Instant T0 = Instant.parse("2032-06-01T08:00:00Z");

    private AuthorRef author;

    @BeforeEach
    void givenAnAuthor() {
        author = givenAuthor(unique("author_"));
    }

    private Post store(PostMother.Builder post) {
        return inUnit(() -> postRepository().save(post.build()));
    }

    private Post published(String title, Instant at) {
        return store(PostMother.aPublishedPost().by(author).titled(title).publishedAt(at));
    }

    private Page<PostSummary> search(
            PostSearch search, int page, int size, PostSortField field, SortDirection direction) {
        return inUnit(() -> postCatalog().search(search, new PageRequest<>(page, size, field, direction)));
    }

    private List<PostId> ids(PostSearch search, PostSortField field, SortDirection direction) {
        return search(search, 0, 100, field, direction).items().stream()
                .map(s -> s.post().id())
                .toList();
    }

    @Test
    void drafts_are_never_listed() {
        String token = unique("tok");
        Post visible = published("Visible " + token, T0);
        store(PostMother.aDraft().by(author).titled("Draft " + token));
        Post unpublished = published("Unpublished " + token, T0.plusSeconds(1));
        inUnit(() -> postRepository().save(unpublished.unpublish(T0.plusSeconds(2))));

        assertThat(ids(PostSearch.everything().byAuthor(author.id()), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactly(visible.id());
        assertThat(ids(PostSearch.everything().withText(token), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactly(visible.id());
    }

    @Test
    void text_matches_title_or_content_ignoring_case() {
        String token = unique("Tok");
        Post inTitle = store(PostMother.aPublishedPost()
                .by(author)
                .titled("About " + token + " here")
                .publishedAt(T0));
        Post inContent = store(PostMother.aPublishedPost()
                .by(author)
                .titled("Plain")
                .withContent("Body mentions " + token.toUpperCase(Locale.ROOT) + " loudly")
                .publishedAt(T0.plusSeconds(1)));
        store(PostMother.aPublishedPost()
                .by(author)
                .titled("Unrelated")
                .withContent("nothing")
                .publishedAt(T0.plusSeconds(2)));

        assertThat(ids(
                        PostSearch.everything().withText(token.toLowerCase(Locale.ROOT)),
                        PostSortField.PUBLISHED_AT,
                        SortDirection.ASC))
                .containsExactly(inTitle.id(), inContent.id());
        assertThat(ids(
                        PostSearch.everything().withText("  " + token.toUpperCase(Locale.ROOT) + " "),
                        PostSortField.PUBLISHED_AT,
                        SortDirection.ASC))
                .containsExactly(inTitle.id(), inContent.id());
        assertThat(ids(
                        PostSearch.everything().withText("about " + token.toLowerCase(Locale.ROOT)),
                        PostSortField.PUBLISHED_AT,
                        SortDirection.ASC))
                .containsExactly(inTitle.id());
    }

    @Test
    void text_is_matched_literally_so_percent_and_underscore_are_not_wildcards() {
        String token = unique("lit");
        Post percent = published(token + "%y", T0);
        published(token + "zzy", T0.plusSeconds(1));
        Post underscore = published(token + "_q", T0.plusSeconds(2));
        published(token + "aq", T0.plusSeconds(3));
        Post backslash = published(token + "\\b", T0.plusSeconds(4));
        published(token + "b", T0.plusSeconds(5));

        assertThat(ids(PostSearch.everything().withText(token + "%y"), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactly(percent.id());
        assertThat(ids(PostSearch.everything().withText(token + "_q"), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactly(underscore.id());
        assertThat(ids(PostSearch.everything().withText(token + "\\b"), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactly(backslash.id());
    }

    @Test
    void tag_mode_all_needs_every_tag_and_any_needs_one() {
        String red = unique("red");
        String blue = unique("blue");
        Post both = store(PostMother.aPublishedPost()
                .by(author)
                .titled("a both")
                .taggedWith(blue, red)
                .publishedAt(T0));
        Post onlyRed = store(PostMother.aPublishedPost()
                .by(author)
                .titled("b red")
                .taggedWith(red)
                .publishedAt(T0));
        Post onlyBlue = store(PostMother.aPublishedPost()
                .by(author)
                .titled("c blue")
                .taggedWith("misc", blue)
                .publishedAt(T0));
        store(PostMother.aPublishedPost()
                .by(author)
                .titled("d none")
                .taggedWith("misc")
                .publishedAt(T0));

        assertThat(ids(
                        PostSearch.everything().withTags(TagMode.ALL, red, blue),
                        PostSortField.TITLE,
                        SortDirection.ASC))
                .containsExactly(both.id());
        assertThat(ids(
                        PostSearch.everything().withTags(TagMode.ANY, red, blue),
                        PostSortField.TITLE,
                        SortDirection.ASC))
                .containsExactly(both.id(), onlyRed.id(), onlyBlue.id());
        assertThat(ids(
                        PostSearch.everything().withTags(TagMode.ALL, " " + red.toUpperCase(Locale.ROOT)),
                        PostSortField.TITLE,
                        SortDirection.ASC))
                .containsExactly(both.id(), onlyRed.id());
    }

    @Test
    void author_filter_keeps_only_that_authors_posts() {
        AuthorRef other = givenAuthor(unique("other_"));
        String token = unique("tok");
        Post mine = published("Mine " + token, T0);
        Post theirs = store(
                PostMother.aPublishedPost().by(other).titled("Theirs " + token).publishedAt(T0.plusSeconds(1)));

        assertThat(ids(
                        PostSearch.everything().withText(token).byAuthor(author.id()),
                        PostSortField.PUBLISHED_AT,
                        SortDirection.ASC))
                .containsExactly(mine.id());
        assertThat(ids(PostSearch.everything().byAuthor(other.id()), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactly(theirs.id());
    }

    @Test
    void published_range_includes_from_and_excludes_to() {
        Post atFrom = published("at from", T0);
        Post inside = published("inside", T0.plus(Duration.ofHours(1)));
        published("at to", T0.plus(Duration.ofHours(2)));
        published("before from", T0.minusMillis(1));
        PostSearch mine = PostSearch.everything().byAuthor(author.id());

        assertThat(ids(
                        mine.publishedFrom(T0).publishedBefore(T0.plus(Duration.ofHours(2))),
                        PostSortField.PUBLISHED_AT,
                        SortDirection.ASC))
                .containsExactly(atFrom.id(), inside.id());
        assertThat(ids(mine.publishedFrom(T0.plusMillis(1)), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .hasSize(2)
                .doesNotContain(atFrom.id());
        assertThat(ids(mine.publishedBefore(T0), PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .hasSize(1)
                .doesNotContain(atFrom.id());
    }

    @Test
    void filters_combine_with_and() {
        String token = unique("tok");
        String tag = unique("tag");
        Post all = store(PostMother.aPublishedPost()
                .by(author)
                .titled(token)
                .taggedWith(tag)
                .publishedAt(T0));
        store(PostMother.aPublishedPost()
                .by(author)
                .titled(token)
                .taggedWith("misc")
                .publishedAt(T0));
        store(PostMother.aPublishedPost()
                .by(author)
                .titled("no token")
                .taggedWith(tag)
                .publishedAt(T0));
        store(PostMother.aPublishedPost()
                .by(author)
                .titled(token)
                .taggedWith(tag)
                .publishedAt(T0.plus(Duration.ofDays(2))));

        PostSearch search = PostSearch.everything()
                .withText(token)
                .withTags(TagMode.ANY, tag)
                .byAuthor(author.id())
                .publishedFrom(T0)
                .publishedBefore(T0.plus(Duration.ofDays(1)));

        assertThat(ids(search, PostSortField.PUBLISHED_AT, SortDirection.ASC)).containsExactly(all.id());
    }

    @Test
    void items_carry_the_post_its_author_and_its_comment_count() {
        AuthorRef reader = givenAuthor(unique("reader_"));
        Post discussed = published("discussed", T0);
        Post quiet = published("quiet", T0.plusSeconds(1));
        inUnit(() -> {
            commentRepository()
                    .add(CommentMother.aComment()
                            .on(discussed)
                            .by(reader)
                            .at(T0.plusSeconds(5))
                            .build());
            commentRepository()
                    .add(CommentMother.aComment()
                            .on(discussed)
                            .by(reader)
                            .at(T0.plusSeconds(6))
                            .build());
            commentRepository()
                    .add(CommentMother.aComment()
                            .on(discussed)
                            .by(author)
                            .at(T0.plusSeconds(7))
                            .build());
        });

        List<PostSummary> items = search(
                        PostSearch.everything().byAuthor(author.id()),
                        0,
                        10,
                        PostSortField.PUBLISHED_AT,
                        SortDirection.ASC)
                .items();

        assertThat(items).containsExactly(new PostSummary(discussed, author, 3), new PostSummary(quiet, author, 0));
    }

    @Test
    void pages_by_published_at_in_both_directions_with_totals() {
        List<Post> posts = Stream.of(3, 0, 4, 1, 2)
                .map(hour -> published("post " + hour, T0.plus(Duration.ofHours(hour))))
                .sorted(Comparator.comparing(post -> post.publishedAt().orElseThrow()))
                .toList();
        PostSearch mine = PostSearch.everything().byAuthor(author.id());

        Page<PostSummary> first = search(mine, 0, 2, PostSortField.PUBLISHED_AT, SortDirection.DESC);
        Page<PostSummary> last = search(mine, 2, 2, PostSortField.PUBLISHED_AT, SortDirection.DESC);
        Page<PostSummary> beyond = search(mine, 3, 2, PostSortField.PUBLISHED_AT, SortDirection.DESC);

        assertThat(first.items())
                .extracting(s -> s.post().id())
                .containsExactly(posts.get(4).id(), posts.get(3).id());
        assertThat(last.items())
                .extracting(s -> s.post().id())
                .containsExactly(posts.get(0).id());
        assertThat(beyond.items()).isEmpty();
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(beyond.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(ids(mine, PostSortField.PUBLISHED_AT, SortDirection.ASC))
                .containsExactlyElementsOf(posts.stream().map(Post::id).toList());
    }

    @Test
    void equal_published_at_is_ordered_by_id_in_the_same_direction() {
        Post one = published("one", T0);
        Post two = published("two", T0);
        Post three = published("three", T0);
        List<PostId> byId = Stream.of(one, two, three)
                .map(Post::id)
                .sorted(Comparator.comparing(PostId::value, Ordering.UUIDS))
                .toList();
        PostSearch mine = PostSearch.everything().byAuthor(author.id());

        assertThat(ids(mine, PostSortField.PUBLISHED_AT, SortDirection.ASC)).containsExactlyElementsOf(byId);
        assertThat(ids(mine, PostSortField.PUBLISHED_AT, SortDirection.DESC))
                .containsExactly(byId.get(2), byId.get(1), byId.get(0));
    }

    @Test
    void title_sorts_in_binary_order_with_ties_by_id() {
        Post lowerBeta = published("beta", T0);
        Post upperAlpha = published("Alpha", T0.plusSeconds(1));
        Post lowerAlpha = published("alpha", T0.plusSeconds(2));
        Post otherBeta = published("beta", T0.plusSeconds(3));
        Post zebra = published("Zebra", T0.plusSeconds(4));
        List<PostId> betas = Stream.of(lowerBeta, otherBeta)
                .map(Post::id)
                .sorted(Comparator.comparing(PostId::value, Ordering.UUIDS))
                .toList();
        PostSearch mine = PostSearch.everything().byAuthor(author.id());

        assertThat(ids(mine, PostSortField.TITLE, SortDirection.ASC))
                .containsExactly(upperAlpha.id(), zebra.id(), lowerAlpha.id(), betas.get(0), betas.get(1));
        assertThat(ids(mine, PostSortField.TITLE, SortDirection.DESC))
                .containsExactly(betas.get(1), betas.get(0), lowerAlpha.id(), zebra.id(), upperAlpha.id());
    }

    @Test
    void an_author_without_published_posts_has_an_empty_page() {
        store(PostMother.aDraft().by(author));

        Page<PostSummary> page =
                search(PostSearch.everything().byAuthor(author.id()), 0, 20, PostSortField.TITLE, SortDirection.ASC);

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
    }
}
