package dev.portside.testkit.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Accounts in memory. The unit of work already serialises units on the database lock, so a locking
 * read only has to return current state in the contract's order.
 */
public final class InMemoryAccountRepository implements AccountRepository {

    private static final Comparator<Account> OLDEST_FIRST =
            Comparator.comparing(Account::createdAt).thenComparing(Account::id);

    private final InMemoryStore<AccountId, Account> accounts;

    public InMemoryAccountRepository(InMemoryDatabase database) {
        this.accounts = new InMemoryStore<>(database);
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return accounts.get(Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<Account> findByOwner(UserId ownerId) {
        Objects.requireNonNull(ownerId, "ownerId");
        return accounts.all().stream()
                .filter(account -> account.isOwnedBy(ownerId))
                .sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public synchronized Account save(Account account) {
        Optional<Account> stored = accounts.get(account.id());
        boolean fresh = account.version() == 0 && stored.isEmpty();
        boolean current = stored.map(s -> s.version() == account.version()).orElse(false);
        if (!fresh && !current) {
            throw new VersionConflictException("account " + account.id());
        }
        Account saved = account.withVersion(account.version() + 1);
        accounts.put(saved.id(), saved);
        return saved;
    }

    @Override
    public List<Account> lockAllById(Collection<AccountId> ids) {
        return new TreeSet<>(ids)
                .stream().map(accounts::get).flatMap(Optional::stream).toList();
    }
}
