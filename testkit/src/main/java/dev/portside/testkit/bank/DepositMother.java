package dev.portside.testkit.bank;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.shared.Money;
import java.time.Instant;

/** Ledger entries of deposits for tests. */
public final class DepositMother {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-01T00:00:00Z");

    private DepositMother() {}

    public static Deposit aDeposit(AccountId accountId, String amount, String currency) {
        return aDeposit(accountId, amount, currency, DEFAULT_CREATED_AT);
    }

    public static Deposit aDeposit(AccountId accountId, String amount, String currency, Instant at) {
        return new Deposit(DepositId.newId(), accountId, Money.of(amount, currency), at);
    }
}
