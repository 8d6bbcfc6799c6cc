package dev.portside.application.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;

public final class GetPostService implements GetPost {

    private final PostRepository posts;
    private final UnitOfWork unitOfWork;

    public GetPostService(PostRepository posts, UnitOfWork unitOfWork) {
        this.posts = posts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Post get(GetPostQuery query) {
        return unitOfWork.execute(() -> PostAccess.visible(posts, query.postId(), query.viewer()));
    }
}
