package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import java.util.Objects;

public record UnpublishPostCommand(Actor actor, PostId postId) {

    public UnpublishPostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
    }
}
