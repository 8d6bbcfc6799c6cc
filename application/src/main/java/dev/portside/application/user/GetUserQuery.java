package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.UserId;

public record GetUserQuery(Actor actor, UserId userId) {

    public GetUserQuery {
        new Validation().required("actor", actor).required("id", userId).done();
    }
}
