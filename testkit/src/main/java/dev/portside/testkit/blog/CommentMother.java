package dev.portside.testkit.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.time.Instant;

/**
 * Unsaved comments for tests: {@code CommentMother.aComment().on(post).by(reader).build()}. It builds
 * the record directly (as a stored comment), so storage tests need no published post in memory.
 */
public final class CommentMother {

    private CommentMother() {}

    public static Builder aComment() {
        return new Builder();
    }

    public static final class Builder {
        private CommentId id = CommentId.newId();
        private PostId postId = PostId.newId();
        private UserId authorId = UserId.newId();
        private String content = "Thanks, this helped.";
        private Instant createdAt = PostMother.DEFAULT_CREATED_AT.plusSeconds(60);

        private Builder() {}

        public Builder withId(CommentId newId) {
            this.id = newId;
            return this;
        }

        public Builder on(PostId post) {
            this.postId = post;
            return this;
        }

        public Builder on(Post post) {
            return on(post.id());
        }

        public Builder by(UserId author) {
            this.authorId = author;
            return this;
        }

        public Builder by(AuthorRef author) {
            return by(author.id());
        }

        public Builder saying(String text) {
            this.content = text;
            return this;
        }

        public Builder at(Instant instant) {
            this.createdAt = instant;
            return this;
        }

        public Comment build() {
            return new Comment(id, postId, authorId, new CommentContent(content), createdAt, 0);
        }
    }
}
