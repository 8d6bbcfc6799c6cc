package dev.portside.bootstrap.migration;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.shared.Money;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link NativeReads} on the PostgreSQL schema, on the connection of the current unit of work. */
final class PostgresNativeReads implements NativeReads {

    private final TransactionOperations<Connection> transactions;

    PostgresNativeReads(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<UUID> idsAfter(Dataset dataset, Optional<UUID> after, int limit) {
        // uuid order is PostgreSQL's (unsigned bytes), served by each table's primary key index
        if (after.isEmpty()) {
            return query(
                    "select id from " + dataset.table() + " order by id limit ?",
                    statement -> statement.setInt(1, limit),
                    row -> row.getObject(1, UUID.class));
        }
        return query(
                "select id from " + dataset.table() + " where id > ? order by id limit ?",
                statement -> {
                    statement.setObject(1, after.get());
                    statement.setInt(2, limit);
                },
                row -> row.getObject(1, UUID.class));
    }

    @Override
    public Set<UUID> existing(Dataset dataset, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(query(
                "select id from " + dataset.table() + " where id = any(?)",
                statement -> statement.setArray(1, uuids(statement.getConnection(), ids)),
                row -> row.getObject(1, UUID.class)));
    }

    @Override
    public long count(Dataset dataset) {
        return query("select count(*) from " + dataset.table(), statement -> {}, row -> row.getLong(1))
                .get(0);
    }

    @Override
    public long countUpTo(Dataset dataset, UUID last) {
        return query(
                        "select count(*) from " + dataset.table() + " where id <= ?",
                        statement -> statement.setObject(1, last),
                        row -> row.getLong(1))
                .get(0);
    }

    @Override
    public List<Deposit> deposits(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query(
                "select id, account_id, amount, currency, created_at from deposits where id = any(?)",
                statement -> statement.setArray(1, uuids(statement.getConnection(), ids)),
                row -> new Deposit(
                        new DepositId(row.getObject("id", UUID.class)),
                        new AccountId(row.getObject("account_id", UUID.class)),
                        money(row),
                        instant(row, "created_at")));
    }

    @Override
    public List<Transfer> transfers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query(
                "select id, from_account_id, to_account_id, amount, currency, reference, created_at "
                        + "from transfers where id = any(?)",
                statement -> statement.setArray(1, uuids(statement.getConnection(), ids)),
                row -> new Transfer(
                        new TransferId(row.getObject("id", UUID.class)),
                        new AccountId(row.getObject("from_account_id", UUID.class)),
                        new AccountId(row.getObject("to_account_id", UUID.class)),
                        money(row),
                        Optional.ofNullable(row.getString("reference")),
                        instant(row, "created_at")));
    }

    private static Money money(ResultSet row) throws SQLException {
        return new Money(
                row.getBigDecimal("amount"),
                Currency.getInstance(row.getString("currency").trim()));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private <T> List<T> query(String sql, Jdbc.Binder binder, Jdbc.RowMapper<T> mapper) {
        return Jdbc.query(transactions.getConnection(), sql, binder, mapper);
    }
}
