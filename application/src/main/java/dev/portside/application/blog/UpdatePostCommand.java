package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostChanges;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Validation;
import java.util.OptionalLong;

/** @param expectedVersion the version the client last saw (If-Match); empty to edit whatever is current */
public record UpdatePostCommand(Actor actor, PostId postId, PostChanges changes, OptionalLong expectedVersion) {

    public UpdatePostCommand {
        new Validation()
                .required("actor", actor)
                .required("id", postId)
                .required("changes", changes)
                .required("expectedVersion", expectedVersion)
                .done();
    }
}
