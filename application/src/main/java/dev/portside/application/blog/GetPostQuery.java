package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Validation;
import java.util.Optional;

/** @param viewer empty for an anonymous caller */
public record GetPostQuery(Optional<Actor> actor, PostId postId) {

    public GetPostQuery {
        new Validation().required("actor", actor).required("id", postId).done();
    }
}
