package dev.portside.application.bank;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.Money;
import java.util.Objects;

/** What a deposit answers: the amount taken in and the balance right after it. */
public record DepositReceipt(AccountId accountId, Money amount, Money balance) {

    public DepositReceipt {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balance, "balance");
    }
}
