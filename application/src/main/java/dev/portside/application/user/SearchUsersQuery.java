package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;

public record SearchUsersQuery(Actor actor, UserSearch criteria, PageRequest<UserSortField> page) {

    public SearchUsersQuery {
        new Validation()
                .required("actor", actor)
                .required("criteria", criteria)
                .required("page", page)
                .done();
    }
}
