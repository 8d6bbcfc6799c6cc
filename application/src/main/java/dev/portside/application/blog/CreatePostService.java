package dev.portside.application.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class CreatePostService implements CreatePost {

    private final PostRepository posts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CreatePostService(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        this.posts = Objects.requireNonNull(posts, "posts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Post create(CreatePostCommand command) {
        Post draft = Post.draft(
                PostId.newId(), command.actor().id(), command.title(), command.content(), command.tags(), clock.now());
        return unitOfWork.execute(() -> posts.save(draft));
    }
}
