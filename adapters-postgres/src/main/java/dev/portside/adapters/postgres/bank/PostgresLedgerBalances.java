package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Ledger-derived balances as one SQL aggregation (see {@link TransferRows#ledgerBalances}). */
@Singleton
@PostgresAdapter
final class PostgresLedgerBalances implements LedgerBalances {

    private final TransferRows transfers;
    private final LedgerRowMapper mapper;

    PostgresLedgerBalances(TransferRows transfers, LedgerRowMapper mapper) {
        this.transfers = transfers;
        this.mapper = mapper;
    }

    @Override
    public List<LedgerBalance> ledgerBalances(Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return transfers
                .ledgerBalances(accountIds.stream().map(AccountId::value).toArray(UUID[]::new))
                .stream()
                .map(mapper::balance)
                .toList();
    }
}
