package dev.portside.domain.bank;

import dev.portside.domain.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The ledger entry of money coming in from outside. With transfers it explains every balance:
 * deposits plus incoming minus outgoing transfers.
 */
public record Deposit(DepositId id, AccountId accountId, Money amount, Instant createdAt) {

    public Deposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Amounts.requireValid(amount);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The entry for a deposit just applied to the account, with a new id. */
    public static Deposit into(AccountId accountId, Money amount, Instant now) {
        return new Deposit(DepositId.newId(), accountId, amount, now);
    }
}
