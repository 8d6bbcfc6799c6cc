package dev.portside.domain.bank.port;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.Money;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Answers one audit question: what balance does the ledger explain for these accounts? Comparing it
 * with the stored balance checks the bank's central invariant.
 */
public interface LedgerBalances {

    /**
     * The ledger-derived balance of each given account that has at least one ledger entry, in
     * ascending account id order. Accounts without entries are left out (their ledger balance is zero).
     */
    List<LedgerBalance> ledgerBalances(Collection<AccountId> accountIds);

    default Optional<Money> ledgerBalanceOf(AccountId accountId) {
        return ledgerBalances(List.of(accountId)).stream()
                .map(LedgerBalance::balance)
                .findFirst();
    }
}
