package dev.portside.domain.bank;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bounds of an amount that moves money (a deposit or a transfer). Out-of-bounds amounts are
 * invalid input, not a business refusal, so they fail as {@code validation_failed} on "amount".
 */
public final class Amounts {

    /** At most one billion in the currency's major unit, whatever the currency. */
    public static final BigDecimal MAX_MAJOR_UNITS = new BigDecimal("1000000000");

    private Amounts() {}

    public static Money requireValid(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new ValidationException("amount", "must be positive");
        }
        if (amount.amount().compareTo(MAX_MAJOR_UNITS) > 0) {
            throw new ValidationException("amount", "must be at most " + MAX_MAJOR_UNITS.toPlainString());
        }
        return amount;
    }
}
