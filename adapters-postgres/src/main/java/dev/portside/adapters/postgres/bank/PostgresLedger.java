package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.Ledger;
import jakarta.inject.Singleton;
import java.util.Objects;

/**
 * Appends ledger entries in the unit of work's transaction, so they commit or roll back with the
 * balance changes they explain. Entries are never updated; recording one twice fails on its key.
 */
@Singleton
@PostgresAdapter
final class PostgresLedger implements Ledger {

    private final TransferRows transfers;
    private final DepositRows deposits;
    private final LedgerRowMapper mapper;

    PostgresLedger(TransferRows transfers, DepositRows deposits, LedgerRowMapper mapper) {
        this.transfers = transfers;
        this.deposits = deposits;
        this.mapper = mapper;
    }

    @Override
    public void record(Transfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        transfers.save(mapper.row(transfer));
    }

    @Override
    public void record(Deposit deposit) {
        Objects.requireNonNull(deposit, "deposit");
        deposits.save(mapper.row(deposit));
    }
}
