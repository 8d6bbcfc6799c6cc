package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts in PostgreSQL, in the unit of work's transaction. Versions are optimistic (a save names
 * the version it read); locking reads lock rows in ascending id order (see {@link AccountRows}).
 */
@Singleton
@PostgresAdapter
final class PostgresAccountRepository implements AccountRepository {

    private final AccountRows rows;
    private final AccountRowMapper mapper;

    PostgresAccountRepository(AccountRows rows, AccountRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        Objects.requireNonNull(id, "id");
        return rows.findById(id.value()).map(mapper::account);
    }

    @Override
    public List<Account> findByOwner(UserId ownerId) {
        Objects.requireNonNull(ownerId, "ownerId");
        return accounts(rows.findByOwnerId(ownerId.value()));
    }

    @Override
    public List<Account> lockAllById(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return accounts(rows.lockAllById(ids.stream().map(AccountId::value).toArray(UUID[]::new)));
    }

    @Override
    public Account save(Account account) {
        Objects.requireNonNull(account, "account");
        AccountRow row = mapper.row(account);
        int written = account.version() == 0
                ? rows.insertIfAbsent(
                        row.id(), row.ownerId(), row.currency(), row.balance(), row.status(), row.createdAt())
                : rows.updateIfVersion(row.id(), row.version(), row.balance(), row.status());
        if (written != 1) {
            throw new VersionConflictException("account " + account.id());
        }
        return account.withVersion(account.version() + 1);
    }

    /** Updates of distinct stored accounts go in one statement; anything else is saved one by one. */
    @Override
    public List<Account> saveAll(List<Account> accounts) {
        boolean updatesOnly = accounts.stream().allMatch(account -> account.version() > 0);
        long distinct = accounts.stream().map(Account::id).distinct().count();
        if (accounts.size() < 2 || !updatesOnly || distinct != accounts.size()) {
            return accounts.stream().map(this::save).toList();
        }
        List<AccountRow> written = accounts.stream().map(mapper::row).toList();
        int updated = rows.updateAllIfVersion(
                written.stream().map(AccountRow::id).toArray(UUID[]::new),
                written.stream().mapToLong(AccountRow::version).toArray(),
                written.stream().map(row -> row.balance().toPlainString()).toArray(String[]::new),
                written.stream().map(AccountRow::status).toArray(String[]::new));
        if (updated != accounts.size()) {
            throw new VersionConflictException(
                    "one of accounts " + accounts.stream().map(Account::id).toList());
        }
        return accounts.stream()
                .map(account -> account.withVersion(account.version() + 1))
                .toList();
    }

    private List<Account> accounts(List<AccountRow> found) {
        return found.stream().map(mapper::account).toList();
    }
}
