package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import java.util.Objects;

public record GetAccountQuery(Actor actor, AccountId accountId) {

    public GetAccountQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(accountId, "accountId");
    }
}
