package dev.portside.application.blog;

import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class SearchPostsService implements SearchPosts {

    private final PostCatalog catalog;
    private final UnitOfWork unitOfWork;

    public SearchPostsService(PostCatalog catalog, UnitOfWork unitOfWork) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Page<PostSummary> search(SearchPostsQuery query) {
        // page and count must come from one snapshot, or totals can disagree with the items
        return unitOfWork.read(() -> catalog.search(query.search(), query.page()));
    }
}
