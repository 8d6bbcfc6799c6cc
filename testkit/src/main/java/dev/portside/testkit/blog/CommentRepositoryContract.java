package dev.portside.testkit.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CommentRepository} must do. Posts and authors are real rows, so foreign keys may hold. */
public abstract class CommentRepositoryContract extends BlogContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private CommentRepository commentRepository;

    @Inject
    private PostRepository postRepository;

    protected CommentRepository commentRepository() {
        return commentRepository;
    }

    protected PostRepository postRepository() {
        return postRepository;
    }

    private static final Instant AT = Instant.parse("2031-05-06T07:08:09.123Z");

    private AuthorRef writer;
    private AuthorRef reader;

    @BeforeEach
    void givenAuthors() {
        writer = givenAuthor(unique("writer_"));
        reader = givenAuthor(unique("reader_"));
    }

    private Post storedPost() {
        return inUnit(() -> postRepository()
                .save(PostMother.aPublishedPost().by(writer).createdAt(AT).build()));
    }

    private Comment add(Comment comment) {
        return inUnit(() -> commentRepository().add(comment));
    }

    @Test
    void add_stores_a_comment_at_version_1_and_find_returns_it_unchanged() {
        Post post = storedPost();
        Comment comment = CommentMother.aComment()
                .on(post)
                .by(reader)
                .saying("\u00e9 " + "c".repeat(9_998))
                .at(AT.plusSeconds(30))
                .build();

        Comment saved = add(comment);

        assertThat(saved).isEqualTo(comment.withVersion(1));
        assertThat(inUnit(() -> commentRepository().findById(comment.id()))).contains(saved);
    }

    @Test
    void find_by_id_of_an_unknown_comment_is_empty() {
        assertThat(inUnit(() -> commentRepository().findById(CommentId.newId())))
                .isEmpty();
    }

    @Test
    void delete_all_of_a_post_removes_only_that_posts_comments() {
        Post doomedPost = storedPost();
        Post otherPost = storedPost();
        Comment first = add(CommentMother.aComment()
                .on(doomedPost)
                .by(reader)
                .at(AT.plusSeconds(1))
                .build());
        Comment second = add(CommentMother.aComment()
                .on(doomedPost)
                .by(writer)
                .at(AT.plusSeconds(2))
                .build());
        Comment survivor = add(CommentMother.aComment()
                .on(otherPost)
                .by(reader)
                .at(AT.plusSeconds(3))
                .build());

        long removed = inUnit(() -> commentRepository().deleteAllOf(doomedPost.id()));

        assertThat(removed).isEqualTo(2);
        assertThat(inUnit(() -> commentRepository().findById(first.id()))).isEmpty();
        assertThat(inUnit(() -> commentRepository().findById(second.id()))).isEmpty();
        assertThat(inUnit(() -> commentRepository().findById(survivor.id()))).contains(survivor);
        assertThat(inUnit(() -> commentRepository().deleteAllOf(doomedPost.id())))
                .isZero();
    }

    @Test
    void a_failing_unit_of_work_leaves_no_added_comment_behind() {
        Post post = storedPost();
        Comment comment = CommentMother.aComment()
                .on(post)
                .by(reader)
                .at(AT.plusSeconds(1))
                .build();

        assertThatThrownBy(() -> inUnit(() -> {
                    commentRepository().add(comment);
                    throw new IllegalStateException("boom after add");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(inUnit(() -> commentRepository().findById(comment.id()))).isEmpty();
    }
}
