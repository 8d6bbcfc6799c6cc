package dev.portside.application.blog;

import static dev.portside.application.blog.BlogFixture.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateAndGetPostTest {

    private final BlogFixture blog = new BlogFixture();

    @Test
    void a_user_creates_a_saved_draft_with_normalised_tags() {
        Post post = blog.createPost.create(
                CreatePostCommand.of(blog.author, "Ports", "and adapters", List.of(" Java", "DDD", "java")));

        assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(post.authorId()).isEqualTo(blog.author.id());
        assertThat(post.tags().names()).containsExactly("java", "ddd");
        assertThat(post.createdAt()).isEqualTo(blog.clock.now());
        assertThat(post.version()).isEqualTo(1);
        assertThat(blog.stored(post.id())).contains(post);
    }

    @Test
    void invalid_input_is_refused_with_the_field_name() {
        assertThatThrownBy(() -> CreatePostCommand.of(blog.author, "", "x", List.of()))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> CreatePostCommand.of(blog.author, "t", "x".repeat(100_001), List.of()))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "content");
        assertThatThrownBy(() -> CreatePostCommand.of(
                        blog.author, "t", "x", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "tags");
    }

    @Test
    void a_draft_is_visible_to_its_author_moderators_and_admins() {
        Post draft = blog.draftBy(blog.author);

        for (Actor viewer : List.of(blog.author, blog.moderator, blog.admin)) {
            assertThat(blog.getPost.get(new GetPostQuery(Optional.of(viewer), draft.id())))
                    .isEqualTo(draft);
        }
    }

    @Test
    void a_draft_is_not_found_for_other_users_and_anonymous_callers() {
        Post draft = blog.draftBy(blog.author);

        assertNotFound(() -> blog.getPost.get(new GetPostQuery(Optional.of(blog.otherUser), draft.id())));
        assertNotFound(() -> blog.getPost.get(new GetPostQuery(anonymous(), draft.id())));
    }

    @Test
    void a_published_post_is_visible_to_everyone() {
        Post published = blog.publishedBy(blog.author);

        assertThat(blog.getPost.get(new GetPostQuery(anonymous(), published.id())))
                .isEqualTo(published);
        assertThat(blog.getPost.get(new GetPostQuery(Optional.of(blog.otherUser), published.id())))
                .isEqualTo(published);
    }

    @Test
    void an_unknown_post_is_not_found_even_for_admins() {
        assertNotFound(() -> blog.getPost.get(new GetPostQuery(Optional.of(blog.admin), PostId.newId())));
    }

    static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
    }
}
