package dev.portside.application.blog;

import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class ListCommentsService implements ListComments {

    private final PostRepository posts;
    private final CommentCatalog catalog;
    private final UnitOfWork unitOfWork;

    public ListCommentsService(PostRepository posts, CommentCatalog catalog, UnitOfWork unitOfWork) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Page<CommentView> list(ListCommentsQuery query) {
        return unitOfWork.read(() -> {
            PostAccess.visible(posts, query.postId(), query.actor());
            return catalog.commentsOf(query.postId(), query.page());
        });
    }
}
