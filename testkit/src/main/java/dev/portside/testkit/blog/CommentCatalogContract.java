package dev.portside.testkit.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comment listing of one post: order, paging and author names. Each test uses its own post. */
public abstract class CommentCatalogContract extends BlogContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private CommentCatalog commentCatalog;

    @Inject
    private PostRepository postRepository;

    @Inject
    private CommentRepository commentRepository;

    protected CommentCatalog commentCatalog() {
        return commentCatalog;
    }

    protected PostRepository postRepository() {
        return postRepository;
    }

    protected CommentRepository commentRepository() {
        return commentRepository;
    }

    private static final Instant T0 = Instant.parse("2033-02-03T04:05:06.789Z");

    private AuthorRef writer;
    private AuthorRef reader;
    private Post post;

    @BeforeEach
    void givenAPublishedPost() {
        writer = givenAuthor(unique("writer_"));
        reader = givenAuthor(unique("reader_"));
        post = newPost();
    }

    private Post newPost() {
        return inUnit(() -> postRepository()
                .save(PostMother.aPublishedPost().by(writer).createdAt(T0).build()));
    }

    private Comment add(Post on, AuthorRef by, Instant at) {
        return inUnit(() -> commentRepository()
                .add(CommentMother.aComment().on(on).by(by).at(at).build()));
    }

    private Page<CommentView> list(PostId postId, int page, int size, SortDirection direction) {
        return inUnit(() -> commentCatalog()
                .commentsOf(postId, new PageRequest<>(page, size, CommentSortField.CREATED_AT, direction)));
    }

    private static List<CommentId> ids(Page<CommentView> page) {
        return page.items().stream().map(view -> view.comment().id()).toList();
    }

    @Test
    void comments_are_listed_oldest_first_with_their_authors() {
        Comment second = add(post, writer, T0.plusSeconds(20));
        Comment first = add(post, reader, T0.plusSeconds(10));
        Comment third = add(post, reader, T0.plusSeconds(30));
        add(newPost(), reader, T0.plusSeconds(15));

        Page<CommentView> page = list(post.id(), 0, 10, SortDirection.ASC);

        assertThat(page.items())
                .containsExactly(
                        new CommentView(first, reader),
                        new CommentView(second, writer),
                        new CommentView(third, reader));
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void pages_in_both_directions_with_totals() {
        List<Comment> comments = Stream.of(4, 2, 0, 3, 1)
                .map(s -> add(post, reader, T0.plusSeconds(s)))
                .sorted(Comparator.comparing(Comment::createdAt))
                .toList();

        Page<CommentView> second = list(post.id(), 1, 2, SortDirection.ASC);
        Page<CommentView> newest = list(post.id(), 0, 2, SortDirection.DESC);
        Page<CommentView> beyond = list(post.id(), 5, 2, SortDirection.ASC);

        assertThat(ids(second))
                .containsExactly(comments.get(2).id(), comments.get(3).id());
        assertThat(ids(newest))
                .containsExactly(comments.get(4).id(), comments.get(3).id());
        assertThat(beyond.items()).isEmpty();
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(beyond.totalItems()).isEqualTo(5);
    }

    @Test
    void comments_created_at_the_same_instant_are_ordered_by_id() {
        List<CommentId> byId = Stream.of(add(post, reader, T0), add(post, writer, T0), add(post, reader, T0))
                .map(Comment::id)
                .sorted(Comparator.comparing(CommentId::value, Ordering.UUIDS))
                .toList();

        assertThat(ids(list(post.id(), 0, 10, SortDirection.ASC))).containsExactlyElementsOf(byId);
        assertThat(ids(list(post.id(), 0, 10, SortDirection.DESC)))
                .containsExactly(byId.get(2), byId.get(1), byId.get(0));
    }

    @Test
    void a_post_without_comments_or_an_unknown_post_has_an_empty_page() {
        Page<CommentView> none = list(post.id(), 0, 20, SortDirection.ASC);
        Page<CommentView> unknown = list(PostId.newId(), 0, 20, SortDirection.ASC);

        assertThat(none.items()).isEmpty();
        assertThat(none.totalItems()).isZero();
        assertThat(unknown.items()).isEmpty();
        assertThat(unknown.totalItems()).isZero();
    }
}
