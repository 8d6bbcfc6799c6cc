package dev.portside.application.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class UpdatePostService implements UpdatePost {

    private final PostRepository posts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UpdatePostService(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Post update(UpdatePostCommand command) {
        return unitOfWork.execute(() -> {
            // 404 before 412: a caller who may not manage the post must not learn its version
            Post post = PostAccess.manageable(posts, command.postId(), command.actor());
            command.expectedVersion().ifPresent(expected -> {
                if (expected != post.version()) {
                    throw new DomainException(
                            ErrorCode.VERSION_MISMATCH, "post is at version " + post.version() + ", not " + expected);
                }
            });
            Post edited = post.edit(command.changes(), clock.now());
            return edited == post ? post : posts.save(edited);
        });
    }
}
