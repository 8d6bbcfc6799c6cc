package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.Jdbc;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Accounts in PostgreSQL, on the unit of work's connection. Versions are optimistic (a save names
 * the version it read); locking reads take row locks in ascending id order, the same order
 * {@link AccountId#compareTo} uses, so concurrent opposite transfers queue instead of deadlocking.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresAccountRepository implements AccountRepository {

    static final String FIND_BY_ID = "select " + BankRows.ACCOUNT_COLUMNS + " from accounts where id = ?";
    static final String FIND_BY_OWNER = "select " + BankRows.ACCOUNT_COLUMNS
            + " from accounts where owner_id = ? order by created_at, id";
    static final String LOCK_ALL_BY_ID = "select " + BankRows.ACCOUNT_COLUMNS
            + " from accounts where id = any(?) order by id for update";
    // an existing id inserts nothing instead of failing, so the transaction stays usable
    static final String INSERT = """
            insert into accounts (id, owner_id, currency, balance, status, created_at, version)
            values (?, ?, ?, ?, ?, ?, 1)
            on conflict (id) do nothing
            """;
    static final String UPDATE = """
            update accounts set balance = ?, status = ?, version = version + 1
             where id = ? and version = ?
            """;

    private final TransactionOperations<Connection> transactions;

    PostgresAccountRepository(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        Objects.requireNonNull(id, "id");
        return query(FIND_BY_ID, statement -> statement.setObject(1, id.value())).stream().findFirst();
    }

    @Override
    public List<Account> findByOwner(UserId ownerId) {
        Objects.requireNonNull(ownerId, "ownerId");
        return query(FIND_BY_OWNER, statement -> statement.setObject(1, ownerId.value()));
    }

    @Override
    public List<Account> lockAllById(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Connection connection = transactions.getConnection();
        return query(LOCK_ALL_BY_ID, statement -> statement.setArray(1, BankRows.uuidArray(connection, ids)));
    }

    @Override
    public Account save(Account account) {
        Objects.requireNonNull(account, "account");
        int rows = account.version() == 0 ? insert(account) : update(account);
        if (rows != 1) {
            throw new VersionConflictException("account " + account.id());
        }
        return account.withVersion(account.version() + 1);
    }

    private int insert(Account account) {
        return write(INSERT, statement -> {
            statement.setObject(1, account.id().value());
            statement.setObject(2, account.ownerId().value());
            statement.setString(3, account.currency().getCurrencyCode());
            statement.setBigDecimal(4, account.balance().amount());
            statement.setString(5, account.status().name());
            statement.setObject(6, BankRows.timestamp(account.createdAt()));
        });
    }

    private int update(Account account) {
        return write(UPDATE, statement -> {
            statement.setBigDecimal(1, account.balance().amount());
            statement.setString(2, account.status().name());
            statement.setObject(3, account.id().value());
            statement.setLong(4, account.version());
        });
    }

    private List<Account> query(String sql, Jdbc.Binder binder) {
        return Jdbc.query(transactions.getConnection(), sql, binder, BankRows::account);
    }

    private int write(String sql, Jdbc.Binder binder) {
        return Jdbc.update(transactions.getConnection(), sql, binder);
    }
}
