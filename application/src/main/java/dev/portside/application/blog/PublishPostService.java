package dev.portside.application.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class PublishPostService implements PublishPost {

    private final PostRepository posts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PublishPostService(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Post publish(PublishPostCommand command) {
        return unitOfWork.execute(() -> {
            Post post = PostAccess.manageable(posts, command.postId(), command.actor());
            Post changed = post.publish(clock.now());
            return changed == post ? post : posts.save(changed);
        });
    }
}
