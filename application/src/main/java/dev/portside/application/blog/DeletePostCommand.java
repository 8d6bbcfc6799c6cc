package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Validation;

public record DeletePostCommand(Actor actor, PostId postId) {

    public DeletePostCommand {
        new Validation().required("actor", actor).required("id", postId).done();
    }
}
