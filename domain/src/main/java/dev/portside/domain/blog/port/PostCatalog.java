package dev.portside.domain.blog.port;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;

/**
 * Read model behind {@code GET /api/posts}: published posts only, never drafts.
 *
 * <p>Shaped so a SQL adapter answers it in two statements: the page (posts joined to users for the
 * username, with a correlated comment count) and the count of matching posts. Semantics of each
 * filter are on {@link PostSearch}; ordering on {@link PostSortField}. The contract suite
 * {@code PostCatalogContract} is the executable definition.
 */
public interface PostCatalog {

    Page<PostSummary> search(PostSearch search, PageRequest<PostSortField> page);
}
