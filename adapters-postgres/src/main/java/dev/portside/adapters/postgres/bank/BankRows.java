package dev.portside.adapters.postgres.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.AccountStatus;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.shared.Money;
import dev.portside.domain.user.UserId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps bank rows to domain objects and back. Hand-written: the domain types are validated records
 * with value objects, and the columns are few, so a mapper generator would only add indirection.
 */
final class BankRows {

    static final String ACCOUNT_COLUMNS = "id, owner_id, currency, balance, status, created_at, version";
    static final String TRANSFER_COLUMNS = "id, from_account_id, to_account_id, amount, currency, reference, created_at";

    private BankRows() {
    }

    static Account account(ResultSet row) throws SQLException {
        Currency currency = Money.currency(row.getString("currency"));
        return new Account(
                new AccountId(row.getObject("id", UUID.class)),
                new UserId(row.getObject("owner_id", UUID.class)),
                currency,
                new Money(row.getBigDecimal("balance"), currency),
                AccountStatus.valueOf(row.getString("status")),
                instant(row, "created_at"),
                row.getLong("version"));
    }

    static Transfer transfer(ResultSet row) throws SQLException {
        return new Transfer(
                new TransferId(row.getObject("id", UUID.class)),
                new AccountId(row.getObject("from_account_id", UUID.class)),
                new AccountId(row.getObject("to_account_id", UUID.class)),
                new Money(row.getBigDecimal("amount"), Money.currency(row.getString("currency"))),
                Optional.ofNullable(row.getString("reference")),
                instant(row, "created_at"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Array uuidArray(Connection connection, Collection<AccountId> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.stream().map(AccountId::value).toArray());
    }
}
