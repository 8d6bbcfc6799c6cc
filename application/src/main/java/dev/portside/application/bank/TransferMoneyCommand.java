package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Amounts;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Validation;
import java.util.Objects;
import java.util.Optional;

/** Input checks only; the business rules need both accounts and run in the service. */
public record TransferMoneyCommand(
        Actor actor, AccountId fromAccountId, AccountId toAccountId, Money amount, Optional<String> reference) {

    public TransferMoneyCommand {
        Validation check = new Validation()
                .required("actor", actor)
                .required("fromAccountId", fromAccountId)
                .required("toAccountId", toAccountId)
                .required("amount", amount, Amounts::requireValid)
                .required("reference", reference);
        Optional<String> given = reference;
        reference = given == null ? null : check.parse(() -> Transfer.requireValidReference(given));
        check.done();
    }

    /** From API input, the account ids as text; every bad field is reported at once. */
    public static TransferMoneyCommand of(
            Actor actor, String fromAccountId, String toAccountId, Money amount, Optional<String> reference) {
        Validation check = new Validation();
        AccountId from = check.parse(() -> AccountId.parse("fromAccountId", fromAccountId));
        AccountId to = check.parse(() -> AccountId.parse("toAccountId", toAccountId));
        check.required("amount", amount, Amounts::requireValid)
                .required("reference", reference, Transfer::requireValidReference)
                .done();
        // done() has thrown unless every parse succeeded
        return new TransferMoneyCommand(
                actor, Objects.requireNonNull(from), Objects.requireNonNull(to), amount, reference);
    }
}
