package dev.portside.application.blog;

import static dev.portside.application.blog.CreateAndGetPostTest.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostChanges;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Edit, publish, unpublish and delete: the author, moderators and admins may; anyone else gets 404. */
class ManagePostTest {

    private final BlogFixture blog = new BlogFixture();

    private UpdatePostCommand retitle(Actor actor, Post post, String title, OptionalLong expectedVersion) {
        return new UpdatePostCommand(
                actor, post.id(), PostChanges.none().withTitle(new PostTitle(title)), expectedVersion);
    }

    @Test
    void the_author_moderators_and_admins_may_edit() {
        Post post = blog.draftBy(blog.author);

        for (Actor editor : List.of(blog.author, blog.moderator, blog.admin)) {
            blog.clock.advance(Duration.ofMinutes(1));
            Post edited = blog.updatePost.update(retitle(editor, post, "By " + editor.id(), OptionalLong.empty()));

            assertThat(edited.title().value()).isEqualTo("By " + editor.id());
            assertThat(edited.updatedAt()).isEqualTo(blog.clock.now());
            assertThat(blog.stored(post.id())).contains(edited);
        }
    }

    @Test
    void another_user_cannot_edit_even_a_published_post_and_learns_nothing() {
        Post post = blog.publishedBy(blog.author);

        assertNotFound(() ->
                blog.updatePost.update(retitle(blog.otherUser, post, "Mine now", OptionalLong.of(post.version()))));
        assertThat(blog.stored(post.id())).contains(post);
    }

    @Test
    void an_edit_from_a_stale_version_is_refused_with_version_mismatch() {
        Post post = blog.draftBy(blog.author);
        blog.updatePost.update(retitle(blog.moderator, post, "Moderated", OptionalLong.empty()));

        assertThatThrownBy(() ->
                        blog.updatePost.update(retitle(blog.author, post, "Stale", OptionalLong.of(post.version()))))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.VERSION_MISMATCH);
        assertThat(blog.stored(post.id()).orElseThrow().title().value()).isEqualTo("Moderated");
    }

    @Test
    void an_edit_at_the_current_version_applies_only_the_given_fields() {
        Post post = blog.draftBy(blog.author);

        Post edited = blog.updatePost.update(new UpdatePostCommand(
                blog.author,
                post.id(),
                PostChanges.none().withTags(Tags.of("Ports", "adapters")),
                OptionalLong.of(post.version())));

        assertThat(edited.tags().names()).containsExactly("ports", "adapters");
        assertThat(edited.title()).isEqualTo(post.title());
        assertThat(edited.content()).isEqualTo(post.content());
        assertThat(edited.version()).isEqualTo(post.version() + 1);
    }

    @Test
    void an_edit_that_changes_nothing_keeps_the_version() {
        Post post = blog.draftBy(blog.author);

        Post same = blog.updatePost.update(
                new UpdatePostCommand(blog.author, post.id(), PostChanges.none(), OptionalLong.empty()));

        assertThat(same).isEqualTo(post);
    }

    @Test
    void publishing_sets_published_at_and_republishing_changes_nothing() {
        Post draft = blog.draftBy(blog.author);
        blog.clock.advance(Duration.ofHours(1));

        Post published = blog.publishPost.publish(new PublishPostCommand(blog.author, draft.id()));
        blog.clock.advance(Duration.ofHours(1));
        Post again = blog.publishPost.publish(new PublishPostCommand(blog.admin, draft.id()));

        assertThat(published.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.publishedAt()).contains(draft.createdAt().plus(Duration.ofHours(1)));
        assertThat(again).isEqualTo(published);
    }

    @Test
    void a_moderator_may_unpublish_someone_elses_post() {
        Post published = blog.publishedBy(blog.author);

        Post unpublished = blog.unpublishPost.unpublish(new UnpublishPostCommand(blog.moderator, published.id()));

        assertThat(unpublished.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(unpublished.publishedAt()).isEmpty();
        assertNotFound(() -> blog.getPost.get(new GetPostQuery(BlogFixture.anonymous(), published.id())));
    }

    @Test
    void another_user_cannot_publish_or_unpublish() {
        Post draft = blog.draftBy(blog.author);
        Post published = blog.publishedBy(blog.author);

        assertNotFound(() -> blog.publishPost.publish(new PublishPostCommand(blog.otherUser, draft.id())));
        assertNotFound(() -> blog.unpublishPost.unpublish(new UnpublishPostCommand(blog.otherUser, published.id())));
        assertThat(blog.stored(draft.id())).contains(draft);
        assertThat(blog.stored(published.id())).contains(published);
    }

    @Test
    void deleting_removes_the_post_and_its_comments() {
        Post post = blog.publishedBy(blog.author);
        var comment = blog.addComment.add(AddCommentCommand.of(blog.otherUser, post.id(), "First!"));

        blog.deletePost.delete(new DeletePostCommand(blog.author, post.id()));

        assertThat(blog.stored(post.id())).isEmpty();
        assertThat(blog.unitOfWork.execute(() -> blog.comments.findById(comment.id())))
                .isEmpty();
    }

    @Test
    void admins_and_moderators_may_delete_but_other_users_get_not_found() {
        Post first = blog.draftBy(blog.author);
        Post second = blog.publishedBy(blog.author);

        assertNotFound(() -> blog.deletePost.delete(new DeletePostCommand(blog.otherUser, second.id())));
        blog.deletePost.delete(new DeletePostCommand(blog.admin, first.id()));
        blog.deletePost.delete(new DeletePostCommand(blog.moderator, second.id()));

        assertThat(blog.stored(first.id())).isEmpty();
        assertThat(blog.stored(second.id())).isEmpty();
        assertNotFound(() -> blog.deletePost.delete(new DeletePostCommand(blog.admin, PostId.newId())));
    }

    @Test
    void a_delete_that_fails_midway_keeps_the_comments_it_had_removed() {
        Post post = blog.publishedBy(blog.author);
        var comment = blog.addComment.add(AddCommentCommand.of(blog.otherUser, post.id(), "Keep me"));
        DeletePost failing = new DeletePostService(blog.postsFailingOnDelete(), blog.comments, blog.unitOfWork);

        assertThatThrownBy(() -> failing.delete(new DeletePostCommand(blog.author, post.id())))
                .isInstanceOf(IllegalStateException.class);

        assertThat(blog.stored(post.id())).contains(post);
        assertThat(blog.unitOfWork.execute(() -> blog.comments.findById(comment.id())))
                .contains(comment);
    }
}
