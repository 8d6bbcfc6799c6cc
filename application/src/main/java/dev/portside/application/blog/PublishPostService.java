package dev.portside.application.blog;

import dev.portside.domain.blog.BlogEvents;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class PublishPostService implements PublishPost {

    private final PostRepository posts;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PublishPostService(PostRepository posts, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Post publish(PublishPostCommand command) {
        return unitOfWork.execute(() -> {
            Post post = PostAccess.manageable(posts, command.postId(), command.actor());
            Post changed = post.publish(clock.now());
            if (changed == post) {
                return post;
            }
            Post saved = posts.save(changed);
            outbox.append(BlogEvents.published(saved));
            return saved;
        });
    }
}
