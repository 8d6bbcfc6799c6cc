package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Amounts;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.shared.Money;
import java.util.Objects;
import java.util.Optional;

/** Input checks only; the business rules need both accounts and run in the service. */
public record TransferMoneyCommand(Actor actor, AccountId fromAccountId, AccountId toAccountId, Money amount,
                                   Optional<String> reference) {

    public TransferMoneyCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(fromAccountId, "fromAccountId");
        Objects.requireNonNull(toAccountId, "toAccountId");
        Amounts.requireValid(amount);
        reference = Transfer.requireValidReference(reference);
    }
}
