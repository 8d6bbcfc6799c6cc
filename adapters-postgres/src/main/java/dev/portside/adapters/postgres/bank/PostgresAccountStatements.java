package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.Jdbc;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Statements keyset-paged on (created_at, id) descending. Each direction of the account's transfers
 * is read in index order by its own branch, limited to one row more than the slice, and the two are
 * merged; so a slice costs the same on the first page and deep in a long history, with no offset.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresAccountStatements implements AccountStatements {

    private static final String ORDER = " order by created_at desc, id desc limit ?";
    private static final String OUT = "select " + BankRows.TRANSFER_COLUMNS + " from transfers where from_account_id = ?";
    private static final String IN = "select " + BankRows.TRANSFER_COLUMNS + " from transfers where to_account_id = ?";
    private static final String BEFORE_CURSOR = " and (created_at, id) < (?, ?)";

    static final String FIRST_SLICE = "(" + OUT + ORDER + ") union all (" + IN + ORDER + ")" + ORDER;
    static final String NEXT_SLICE = "(" + OUT + BEFORE_CURSOR + ORDER + ") union all ("
            + IN + BEFORE_CURSOR + ORDER + ")" + ORDER;

    private final TransactionOperations<Connection> transactions;

    PostgresAccountStatements(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Slice<Transfer, StatementCursor> statement(AccountId accountId, int limit,
                                                      Optional<StatementCursor> after) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        // one row more than asked tells whether another slice follows
        int fetch = limit + 1;
        List<Transfer> page = Jdbc.query(transactions.getConnection(), after.isPresent() ? NEXT_SLICE : FIRST_SLICE,
                statement -> {
                    int index = 1;
                    for (int branch = 0; branch < 2; branch++) {
                        statement.setObject(index++, accountId.value());
                        if (after.isPresent()) {
                            statement.setObject(index++, BankRows.timestamp(after.get().createdAt()));
                            statement.setObject(index++, after.get().transferId().value());
                        }
                        statement.setInt(index++, fetch);
                    }
                    statement.setInt(index, fetch);
                }, BankRows::transfer);
        if (page.size() <= limit) {
            return new Slice<>(page, Optional.empty());
        }
        List<Transfer> items = page.subList(0, limit);
        return new Slice<>(items, Optional.of(StatementCursor.after(items.get(limit - 1))));
    }
}
