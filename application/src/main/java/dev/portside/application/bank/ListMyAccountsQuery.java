package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;

public record ListMyAccountsQuery(Actor actor) {

    public ListMyAccountsQuery {
        new Validation().required("actor", actor).done();
    }
}
