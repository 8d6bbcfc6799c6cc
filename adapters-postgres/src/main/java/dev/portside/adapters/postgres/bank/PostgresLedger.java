package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.Jdbc;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.Ledger;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Appends ledger entries on the unit of work's connection, so they commit or roll back with the
 * balance changes they explain. Entries are never updated; recording one twice fails on its key.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresLedger implements Ledger {

    static final String INSERT_TRANSFER = """
            insert into transfers (id, from_account_id, to_account_id, amount, currency, reference, created_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """;
    static final String INSERT_DEPOSIT = """
            insert into deposits (id, account_id, amount, currency, created_at) values (?, ?, ?, ?, ?)
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresLedger(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(Transfer transfer) {
        Objects.requireNonNull(transfer, "transfer");
        Jdbc.update(transactions.getConnection(), INSERT_TRANSFER, statement -> {
            statement.setObject(1, transfer.id().value());
            statement.setObject(2, transfer.fromAccountId().value());
            statement.setObject(3, transfer.toAccountId().value());
            statement.setBigDecimal(4, transfer.amount().amount());
            statement.setString(5, transfer.amount().currency().getCurrencyCode());
            statement.setString(6, transfer.reference().orElse(null));
            statement.setObject(7, BankRows.timestamp(transfer.createdAt()));
        });
    }

    @Override
    public void record(Deposit deposit) {
        Objects.requireNonNull(deposit, "deposit");
        Jdbc.update(transactions.getConnection(), INSERT_DEPOSIT, statement -> {
            statement.setObject(1, deposit.id().value());
            statement.setObject(2, deposit.accountId().value());
            statement.setBigDecimal(3, deposit.amount().amount());
            statement.setString(4, deposit.amount().currency().getCurrencyCode());
            statement.setObject(5, BankRows.timestamp(deposit.createdAt()));
        });
    }
}
