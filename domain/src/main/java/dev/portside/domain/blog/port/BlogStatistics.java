package dev.portside.domain.blog.port;

import java.time.Instant;
import java.util.List;

/** Read model behind {@code GET /api/posts/stats}. Each method answers one question. */
public interface BlogStatistics {

    /**
     * Every author with at least one post: total posts, published posts and when the newest was
     * created. Ordered by {@code lastPostAt} descending, then author id ascending.
     */
    List<AuthorPostStats> postsPerAuthor();

    /** How many distinct authors created a post at or after {@code since} (inclusive). */
    long authorsActiveSince(Instant since);
}
