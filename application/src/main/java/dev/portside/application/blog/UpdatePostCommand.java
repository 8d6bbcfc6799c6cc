package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostChanges;
import dev.portside.domain.blog.PostId;
import java.util.Objects;
import java.util.OptionalLong;

/** @param expectedVersion the version the client last saw (If-Match); empty to edit whatever is current */
public record UpdatePostCommand(Actor actor, PostId postId, PostChanges changes, OptionalLong expectedVersion) {

    public UpdatePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
