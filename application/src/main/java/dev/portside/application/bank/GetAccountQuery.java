package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.Validation;

public record GetAccountQuery(Actor actor, AccountId accountId) {

    public GetAccountQuery {
        new Validation().required("actor", actor).required("id", accountId).done();
    }
}
