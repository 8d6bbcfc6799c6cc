package dev.portside.application.blog;

import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.shared.Page;

/** {@code GET /api/posts}: anyone; published posts only, whoever asks (drafts live on their own pages). */
public interface SearchPosts {

    Page<PostSummary> search(SearchPostsQuery query);
}
