package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Amounts;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Validation;

public record DepositMoneyCommand(Actor actor, AccountId accountId, Money amount) {

    public DepositMoneyCommand {
        new Validation()
                .required("actor", actor)
                .required("id", accountId)
                .required("amount", amount, Amounts::requireValid)
                .done();
    }
}
