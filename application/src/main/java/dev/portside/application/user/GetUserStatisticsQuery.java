package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;

public record GetUserStatisticsQuery(Actor actor) {

    public GetUserStatisticsQuery {
        new Validation().required("actor", actor).done();
    }
}
