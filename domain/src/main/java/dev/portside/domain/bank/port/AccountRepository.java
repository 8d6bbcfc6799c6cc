package dev.portside.domain.bank.port;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores accounts. Every method runs inside a {@link dev.portside.domain.shared.UnitOfWork}. */
public interface AccountRepository {

    Optional<Account> findById(AccountId id);

    /** The owner's accounts, oldest first (createdAt, then id ascending); empty when there are none. */
    List<Account> findByOwner(UserId ownerId);

    /**
     * Inserts an account of version 0, or updates one whose stored version equals
     * {@code account.version()}; returns it at version + 1. Throws
     * {@link dev.portside.domain.shared.VersionConflictException} on a stale version, on an insert whose
     * id already exists, and on an update of an account that was never stored.
     */
    Account save(Account account);

    /**
     * Saves each account as {@link #save} does and returns them at version + 1, in the given order. An
     * adapter may write them in one statement (a transfer's two balances: one round trip fewer); the
     * rules are those of {@code save}, and on a {@link dev.portside.domain.shared.VersionConflictException}
     * the unit of work is rolled back with whatever this call had written.
     */
    default List<Account> saveAll(List<Account> accounts) {
        return accounts.stream().map(this::save).toList();
    }

    /**
     * Locks the given accounts until the unit of work ends and returns their current state in
     * ascending id order (uuid order as PostgreSQL compares it, see {@link AccountId#compareTo}).
     * Locking always in this order is what keeps two opposite transfers from deadlocking. Unknown ids
     * are left out and duplicates are returned once.
     */
    List<Account> lockAllById(Collection<AccountId> ids);
}
