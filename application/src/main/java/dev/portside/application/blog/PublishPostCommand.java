package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Validation;

public record PublishPostCommand(Actor actor, PostId postId) {

    public PublishPostCommand {
        new Validation().required("actor", actor).required("id", postId).done();
    }
}
