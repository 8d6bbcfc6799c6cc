package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import java.util.Objects;

public record GetBlogStatisticsQuery(Actor actor) {

    public GetBlogStatisticsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
