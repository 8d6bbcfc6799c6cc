package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;

public record GetBlogStatisticsQuery(Actor actor) {

    public GetBlogStatisticsQuery {
        new Validation().required("actor", actor).done();
    }
}
