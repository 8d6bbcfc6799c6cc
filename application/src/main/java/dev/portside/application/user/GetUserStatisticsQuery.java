package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import java.util.Objects;

public record GetUserStatisticsQuery(Actor actor) {

    public GetUserStatisticsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
