package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Statements keyset-paged on (created_at, id) descending, both directions merged (see {@link TransferRows}). */
@Singleton
@PostgresAdapter
final class PostgresAccountStatements implements AccountStatements {

    private final TransferRows transfers;
    private final LedgerRowMapper mapper;

    PostgresAccountStatements(TransferRows transfers, LedgerRowMapper mapper) {
        this.transfers = transfers;
        this.mapper = mapper;
    }

    @Override
    public Slice<Transfer, StatementCursor> statement(AccountId accountId, int limit, Optional<StatementCursor> after) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        // one row more than asked tells whether another slice follows
        int fetch = limit + 1;
        List<TransferRow> rows = after.map(cursor -> transfers.sliceBefore(
                        accountId.value(),
                        cursor.createdAt(),
                        cursor.transferId().value(),
                        fetch))
                .orElseGet(() -> transfers.firstSlice(accountId.value(), fetch));
        List<Transfer> page = rows.stream().map(mapper::transfer).toList();
        if (page.size() <= limit) {
            return new Slice<>(page, Optional.empty());
        }
        List<Transfer> items = page.subList(0, limit);
        return new Slice<>(items, Optional.of(StatementCursor.after(items.get(limit - 1))));
    }
}
