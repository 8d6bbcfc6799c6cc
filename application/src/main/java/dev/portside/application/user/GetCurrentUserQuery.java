package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;

public record GetCurrentUserQuery(Actor actor) {

    public GetCurrentUserQuery {
        new Validation().required("actor", actor).done();
    }
}
