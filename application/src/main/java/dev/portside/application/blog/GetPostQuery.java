package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import java.util.Objects;
import java.util.Optional;

/** @param viewer empty for an anonymous caller */
public record GetPostQuery(Optional<Actor> viewer, PostId postId) {

    public GetPostQuery {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(postId, "postId");
    }
}
