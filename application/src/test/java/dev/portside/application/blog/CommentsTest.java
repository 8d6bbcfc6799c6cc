package dev.portside.application.blog;

import static dev.portside.application.blog.BlogFixture.anonymous;
import static dev.portside.application.blog.CreateAndGetPostTest.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.ValidationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentsTest {

    private final BlogFixture blog = new BlogFixture();

    private static final PageRequest<CommentSortField> FIRST_PAGE =
            new PageRequest<>(0, 20, CommentSortField.CREATED_AT, SortDirection.ASC);

    @Test
    void any_user_comments_on_a_published_post() {
        Post post = blog.publishedBy(blog.author);

        Comment comment = blog.addComment.add(AddCommentCommand.of(blog.otherUser, post.id(), "Nice post"));

        assertThat(comment.postId()).isEqualTo(post.id());
        assertThat(comment.authorId()).isEqualTo(blog.otherUser.id());
        assertThat(comment.createdAt()).isEqualTo(blog.clock.now());
        assertThat(comment.version()).isEqualTo(1);
    }

    @Test
    void commenting_on_a_draft_one_can_see_is_refused_with_post_not_published_and_stores_nothing() {
        Post draft = blog.draftBy(blog.author);

        assertThatThrownBy(() -> blog.addComment.add(AddCommentCommand.of(blog.author, draft.id(), "Note to self")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.POST_NOT_PUBLISHED);
        assertThatThrownBy(() -> blog.addComment.add(AddCommentCommand.of(blog.moderator, draft.id(), "Hm")))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.POST_NOT_PUBLISHED);
        assertThat(list(Optional.of(blog.author), draft.id()).totalItems()).isZero();
    }

    @Test
    void commenting_on_someone_elses_draft_or_an_unknown_post_is_not_found() {
        Post draft = blog.draftBy(blog.author);

        assertNotFound(() -> blog.addComment.add(AddCommentCommand.of(blog.otherUser, draft.id(), "Hello?")));
        assertNotFound(() -> blog.addComment.add(AddCommentCommand.of(blog.otherUser, PostId.newId(), "Hello?")));
    }

    @Test
    void blank_comments_are_invalid() {
        assertThatThrownBy(() -> AddCommentCommand.of(blog.otherUser, PostId.newId(), "  "))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "content");
    }

    @Test
    void anyone_lists_the_comments_of_a_published_post_oldest_first_with_usernames() {
        Post post = blog.publishedBy(blog.author);
        Comment first = blog.addComment.add(AddCommentCommand.of(blog.otherUser, post.id(), "First"));
        blog.clock.advance(Duration.ofMinutes(5));
        Comment second = blog.addComment.add(AddCommentCommand.of(blog.author, post.id(), "Thanks"));

        Page<CommentView> page = list(anonymous(), post.id());

        assertThat(page.items())
                .containsExactly(
                        new CommentView(first, new AuthorRef(blog.otherUser.id(), "bob")),
                        new CommentView(second, new AuthorRef(blog.author.id(), "alice")));
    }

    @Test
    void comments_of_a_draft_are_listed_only_for_those_who_can_see_it() {
        Post post = blog.publishedBy(blog.author);
        blog.addComment.add(AddCommentCommand.of(blog.otherUser, post.id(), "Before unpublish"));
        blog.unpublishPost.unpublish(new UnpublishPostCommand(blog.author, post.id()));

        assertNotFound(() -> list(anonymous(), post.id()));
        assertNotFound(() -> list(Optional.of(blog.otherUser), post.id()));
        assertThat(list(Optional.of(blog.admin), post.id()).totalItems()).isEqualTo(1);
    }

    private Page<CommentView> list(Optional<dev.portside.application.shared.Actor> viewer, PostId postId) {
        return blog.listComments.list(new ListCommentsQuery(viewer, postId, FIRST_PAGE));
    }
}
