package dev.portside.application.blog;

import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class DeletePostService implements DeletePost {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;

    public DeletePostService(PostRepository posts, CommentRepository comments, UnitOfWork unitOfWork) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.comments = Objects.requireNonNull(comments, "comments");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public void delete(DeletePostCommand command) {
        unitOfWork.run(() -> {
            PostAccess.manageable(posts, command.postId(), command.actor());
            // comments first, so a foreign key from comments to posts never blocks the delete
            comments.deleteAllOf(command.postId());
            posts.delete(command.postId());
        });
    }
}
