package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import java.util.Objects;

public record DeletePostCommand(Actor actor, PostId postId) {

    public DeletePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
    }
}
