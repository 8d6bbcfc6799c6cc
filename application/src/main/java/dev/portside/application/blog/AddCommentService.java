package dev.portside.application.blog;

import dev.portside.domain.blog.BlogEvents;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;
import java.util.Optional;

public final class AddCommentService implements AddComment {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AddCommentService(
            PostRepository posts, CommentRepository comments, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.comments = Objects.requireNonNull(comments, "comments");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Comment add(AddCommentCommand command) {
        return unitOfWork.execute(() -> {
            Post post = PostAccess.visible(posts, command.postId(), Optional.of(command.actor()));
            Comment comment = post.comment(CommentId.newId(), command.actor().id(), command.content(), clock.now());
            Comment added = comments.add(comment);
            outbox.append(BlogEvents.commentAdded(added));
            return added;
        });
    }
}
