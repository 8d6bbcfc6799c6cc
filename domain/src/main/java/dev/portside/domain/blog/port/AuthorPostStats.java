package dev.portside.domain.blog.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One author's line in the blog statistics.
 *
 * @param lastPostAt creation time of the author's newest post, whatever its status
 */
public record AuthorPostStats(AuthorRef author, long totalPosts, long publishedPosts, Instant lastPostAt) {

    public AuthorPostStats {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(lastPostAt, "lastPostAt");
        if (totalPosts < 1 || publishedPosts < 0 || publishedPosts > totalPosts) {
            throw new IllegalArgumentException("need 0 <= publishedPosts <= totalPosts and totalPosts >= 1");
        }
    }
}
