package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Validation;
import java.util.Currency;

public record OpenAccountCommand(Actor actor, Currency currency) {

    public OpenAccountCommand {
        new Validation().required("actor", actor).required("currency", currency).done();
        // re-checked so a Currency built elsewhere cannot bypass the "currency of account" rule
        currency = Money.currency(currency.getCurrencyCode());
    }

    /** From API input: an ISO 4217 code. */
    public OpenAccountCommand(Actor actor, String currencyCode) {
        this(actor, Money.currency(currencyCode));
    }
}
