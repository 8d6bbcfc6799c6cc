package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import java.util.Objects;

public record PublishPostCommand(Actor actor, PostId postId) {

    public PublishPostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
    }
}
