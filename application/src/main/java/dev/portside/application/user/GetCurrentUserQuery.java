package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import java.util.Objects;

public record GetCurrentUserQuery(Actor actor) {

    public GetCurrentUserQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
