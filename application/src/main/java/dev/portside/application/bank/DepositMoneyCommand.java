package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Amounts;
import dev.portside.domain.shared.Money;
import java.util.Objects;

public record DepositMoneyCommand(Actor actor, AccountId accountId, Money amount) {

    public DepositMoneyCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(accountId, "accountId");
        Amounts.requireValid(amount);
    }
}
