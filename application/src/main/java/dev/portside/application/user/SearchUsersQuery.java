package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import java.util.Objects;

public record SearchUsersQuery(Actor actor, UserSearch criteria, PageRequest<UserSortField> page) {

    public SearchUsersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(page, "page");
    }
}
