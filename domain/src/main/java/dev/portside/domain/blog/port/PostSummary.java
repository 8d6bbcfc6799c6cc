package dev.portside.domain.blog.port;

import dev.portside.domain.blog.Post;
import java.util.Objects;

/** One row of the public listing: a published post, who wrote it and how many comments it has. */
public record PostSummary(Post post, AuthorRef author, long commentCount) {

    public PostSummary {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(author, "author");
        if (!post.isPublished()) {
            throw new IllegalArgumentException("the listing holds published posts only");
        }
        if (!post.authorId().equals(author.id())) {
            throw new IllegalArgumentException("author does not match the post's author");
        }
        if (commentCount < 0) {
            throw new IllegalArgumentException("commentCount must be 0 or more");
        }
    }
}
