package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.UserId;

public record DeleteUserCommand(Actor actor, UserId userId) {

    public DeleteUserCommand {
        new Validation().required("actor", actor).required("id", userId).done();
    }
}
