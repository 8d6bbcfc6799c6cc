package dev.portside.application.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Optional;

public final class AddCommentService implements AddComment {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AddCommentService(PostRepository posts, CommentRepository comments, UnitOfWork unitOfWork, Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Comment add(AddCommentCommand command) {
        return unitOfWork.execute(() -> {
            Post post = PostAccess.visible(posts, command.postId(), Optional.of(command.author()));
            Comment comment = post.comment(CommentId.newId(), command.author().id(), command.content(), clock.now());
            return comments.add(comment);
        });
    }
}
