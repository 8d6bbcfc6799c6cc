package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import java.util.Objects;

public record ListMyAccountsQuery(Actor actor) {

    public ListMyAccountsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
