package dev.portside.testkit.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Unsaved posts for tests: {@code PostMother.aPublishedPost().by(author).titled("x").build()}. */
public final class PostMother {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2030-01-01T12:00:00Z");

    private PostMother() {}

    public static Builder aDraft() {
        return new Builder();
    }

    public static Builder aPublishedPost() {
        return new Builder().publishedAt(DEFAULT_CREATED_AT);
    }

    public static final class Builder {
        private PostId id = PostId.newId();
        private UserId authorId = UserId.newId();
        private String title = "A post about ports";
        private String content = "Adapters come and go; the domain stays.";
        private List<String> tags = List.of("architecture");
        private Instant createdAt = DEFAULT_CREATED_AT;
        private Optional<Instant> publishedAt = Optional.empty();

        private Builder() {}

        public Builder withId(PostId newId) {
            this.id = newId;
            return this;
        }

        public Builder by(UserId author) {
            this.authorId = author;
            return this;
        }

        public Builder by(AuthorRef author) {
            return by(author.id());
        }

        public Builder titled(String newTitle) {
            this.title = newTitle;
            return this;
        }

        public Builder withContent(String newContent) {
            this.content = newContent;
            return this;
        }

        public Builder taggedWith(String... newTags) {
            this.tags = List.of(newTags);
            return this;
        }

        public Builder createdAt(Instant instant) {
            this.createdAt = instant;
            if (publishedAt.isPresent() && publishedAt.get().isBefore(instant)) {
                publishedAt = Optional.of(instant);
            }
            return this;
        }

        /** Makes the post published at that instant (a post is never published before it is created). */
        public Builder publishedAt(Instant instant) {
            this.publishedAt = Optional.of(instant);
            if (createdAt.isAfter(instant)) {
                createdAt = instant;
            }
            return this;
        }

        public Builder asDraft() {
            this.publishedAt = Optional.empty();
            return this;
        }

        public Post build() {
            Post draft =
                    Post.draft(id, authorId, new PostTitle(title), new PostContent(content), Tags.of(tags), createdAt);
            return publishedAt.map(draft::publish).orElse(draft);
        }
    }
}
