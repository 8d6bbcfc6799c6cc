package dev.portside.adapters.postgres.bank;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code transfers} table: append only (recording a transfer twice fails on its key), read as
 * keyset-paged statements and, with the deposits, as ledger balances.
 *
 * <p>Statements are paged on (created_at, id) descending. Each direction of the account's transfers is
 * read in index order by its own branch, limited to {@code fetch} rows, and the two are merged; so a
 * slice costs the same on the first page and deep in a long history, with no offset.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TransferRows extends GenericRepository<TransferRow, UUID> {

    String ORDER = " order by created_at desc, id desc limit :fetch";
    String OUT = "select * from transfers where from_account_id = :accountId";
    String IN = "select * from transfers where to_account_id = :accountId";
    String BEFORE_CURSOR = " and (created_at, id) < (:createdAt, :id)";

    TransferRow save(TransferRow transfer);

    @Query("(" + OUT + ORDER + ") union all (" + IN + ORDER + ")" + ORDER)
    List<TransferRow> firstSlice(UUID accountId, int fetch);

    @Query("(" + OUT + BEFORE_CURSOR + ORDER + ") union all (" + IN + BEFORE_CURSOR + ORDER + ")" + ORDER)
    List<TransferRow> sliceBefore(UUID accountId, Instant createdAt, UUID id, int fetch);

    // deposits plus incoming minus outgoing transfers, each branch reaching only the asked accounts'
    // entries through its index
    @Query("""
            select account_id, currency, sum(amount) as balance
              from (select account_id, currency, amount from deposits where account_id = any(:ids)
                    union all
                    select to_account_id, currency, amount from transfers where to_account_id = any(:ids)
                    union all
                    select from_account_id, currency, -amount from transfers where from_account_id = any(:ids)
                   ) as entries
             group by account_id, currency
             order by account_id
            """)
    List<LedgerBalanceRow> ledgerBalances(@TypeDef(type = DataType.OBJECT) UUID[] ids);
}
