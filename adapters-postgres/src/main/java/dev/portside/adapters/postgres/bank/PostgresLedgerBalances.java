package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.Jdbc;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.shared.Money;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Ledger-derived balances as one SQL aggregation: deposits plus incoming minus outgoing transfers,
 * each branch reaching only the asked accounts' entries through its index.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresLedgerBalances implements LedgerBalances {

    static final String BALANCES = """
            select account_id, currency, sum(amount) as balance
              from (select account_id, currency, amount from deposits where account_id = any(?)
                    union all
                    select to_account_id, currency, amount from transfers where to_account_id = any(?)
                    union all
                    select from_account_id, currency, -amount from transfers where from_account_id = any(?)
                   ) as entries
             group by account_id, currency
             order by account_id
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresLedgerBalances(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<LedgerBalance> ledgerBalances(Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Connection connection = transactions.getConnection();
        return Jdbc.query(connection, BALANCES, statement -> {
            Array ids = BankRows.uuidArray(connection, accountIds);
            statement.setArray(1, ids);
            statement.setArray(2, ids);
            statement.setArray(3, ids);
        }, row -> new LedgerBalance(new AccountId(row.getObject("account_id", UUID.class)),
                Money.of(row.getBigDecimal("balance"), row.getString("currency"))));
    }
}
