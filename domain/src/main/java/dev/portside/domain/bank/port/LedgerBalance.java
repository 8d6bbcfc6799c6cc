package dev.portside.domain.bank.port;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.Money;
import java.util.Objects;

/** An account's balance as its ledger explains it: deposits plus incoming minus outgoing transfers. */
public record LedgerBalance(AccountId accountId, Money balance) {

    public LedgerBalance {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(balance, "balance");
    }
}
