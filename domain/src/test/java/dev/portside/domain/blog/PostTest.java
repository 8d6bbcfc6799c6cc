package dev.portside.domain.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostTest {

    private static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofHours(1));
    private static final Instant T2 = T0.plus(Duration.ofHours(2));

    private final UserId author = UserId.newId();

    private Post draft() {
        return Post.draft(PostId.newId(), author, new PostTitle("Hello"), new PostContent("Body"), Tags.of("a"), T0);
    }

    @Test
    void a_new_post_is_an_unsaved_draft() {
        Post post = draft();

        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.publishedAt()).isEmpty();
        assertThat(post.createdAt()).isEqualTo(T0);
        assertThat(post.updatedAt()).isEqualTo(T0);
        assertThat(post.version()).isZero();
        assertThat(post.isAuthoredBy(author)).isTrue();
        assertThat(post.isAuthoredBy(UserId.newId())).isFalse();
    }

    @Test
    void publishing_sets_published_at_and_republishing_keeps_it() {
        Post published = draft().publish(T1);

        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).contains(T1);
        assertThat(published.updatedAt()).isEqualTo(T1);
        assertThat(published.publish(T2)).isSameAs(published);
    }

    @Test
    void unpublishing_returns_to_draft_and_a_draft_stays_as_is() {
        Post draftAgain = draft().publish(T1).unpublish(T2);

        assertThat(draftAgain.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(draftAgain.publishedAt()).isEmpty();
        assertThat(draftAgain.updatedAt()).isEqualTo(T2);
        assertThat(draftAgain.unpublish(T2.plusSeconds(1))).isSameAs(draftAgain);
        assertThat(draftAgain.publish(T2.plusSeconds(5)).publishedAt()).contains(T2.plusSeconds(5));
    }

    @Test
    void edit_changes_only_what_is_given() {
        Post post = draft().publish(T1);

        Post edited =
                post.edit(PostChanges.none().withTitle(new PostTitle("New")).withTags(Tags.of("B", "c")), T2);

        assertThat(edited.title().value()).isEqualTo("New");
        assertThat(edited.content()).isEqualTo(post.content());
        assertThat(edited.tags().names()).containsExactly("b", "c");
        assertThat(edited.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(edited.publishedAt()).isEqualTo(post.publishedAt());
        assertThat(edited.updatedAt()).isEqualTo(T2);
        assertThat(edited.createdAt()).isEqualTo(T0);
    }

    @Test
    void an_edit_that_changes_nothing_returns_the_same_post() {
        Post post = draft();

        assertThat(post.edit(PostChanges.none(), T1)).isSameAs(post);
        assertThat(post.edit(
                        PostChanges.none().withTitle(new PostTitle("Hello")).withTags(Tags.of("A ")), T1))
                .isSameAs(post);
    }

    @Test
    void commenting_a_published_post_creates_an_unsaved_comment() {
        Post post = draft().publish(T1);
        UserId reader = UserId.newId();
        CommentId id = CommentId.newId();

        Comment comment = post.comment(id, reader, new CommentContent("Nice"), T2);

        assertThat(comment.id()).isEqualTo(id);
        assertThat(comment.postId()).isEqualTo(post.id());
        assertThat(comment.authorId()).isEqualTo(reader);
        assertThat(comment.createdAt()).isEqualTo(T2);
        assertThat(comment.version()).isZero();
    }

    @Test
    void commenting_a_draft_is_refused_with_post_not_published() {
        Post post = draft();

        assertThatThrownBy(() -> post.comment(CommentId.newId(), UserId.newId(), new CommentContent("Hi"), T1))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.POST_NOT_PUBLISHED);
        assertThatThrownBy(() -> post.publish(T1)
                        .unpublish(T2)
                        .comment(CommentId.newId(), UserId.newId(), new CommentContent("Hi"), T2))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.POST_NOT_PUBLISHED);
    }

    @Test
    void timestamps_are_kept_at_millisecond_precision() {
        Instant precise = Instant.parse("2030-01-01T10:00:00.123456789Z");

        Post post = Post.draft(PostId.newId(), author, new PostTitle("t"), new PostContent(""), Tags.none(), precise)
                .publish(precise);

        assertThat(post.createdAt()).isEqualTo(Instant.parse("2030-01-01T10:00:00.123Z"));
        assertThat(post.publishedAt()).contains(Instant.parse("2030-01-01T10:00:00.123Z"));
    }

    @Test
    void a_stored_post_must_be_published_exactly_when_it_has_published_at() {
        Post post = draft();

        assertThatThrownBy(() -> new Post(
                        post.id(),
                        author,
                        post.title(),
                        post.content(),
                        post.tags(),
                        PostStatus.PUBLISHED,
                        T0,
                        T0,
                        Optional.empty(),
                        1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Post(
                        post.id(),
                        author,
                        post.title(),
                        post.content(),
                        post.tags(),
                        PostStatus.DRAFT,
                        T0,
                        T0,
                        Optional.of(T0),
                        1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_version_keeps_everything_else() {
        Post post = draft().publish(T1);

        Post saved = post.withVersion(3);

        assertThat(saved.version()).isEqualTo(3);
        assertThat(saved.withVersion(post.version())).isEqualTo(post);
    }
}
