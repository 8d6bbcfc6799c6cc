package dev.portside.application.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class GetPostService implements GetPost {

    private final PostRepository posts;
    private final UnitOfWork unitOfWork;

    public GetPostService(PostRepository posts, UnitOfWork unitOfWork) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Post get(GetPostQuery query) {
        return unitOfWork.read(() -> PostAccess.visible(posts, query.postId(), query.actor()));
    }
}
