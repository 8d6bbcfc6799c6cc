package dev.portside.domain.bank;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;

/**
 * A money account of one user in one currency. Immutable: every change returns a new instance, which
 * a repository saves under optimistic versioning. The balance is never negative and always in the
 * account's currency; money only moves in through {@link #deposit} and between accounts through
 * {@link TransferPolicy}, which also produce the ledger entries that explain the balance.
 *
 * <p>{@code createdAt} is kept to the millisecond, the finest precision every backend stores, so an
 * account reads back equal to what was saved.
 */
public record Account(
        AccountId id,
        UserId ownerId,
        Currency currency,
        Money balance,
        AccountStatus status,
        Instant createdAt,
        long version) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        // These can only fail on a bug or corrupted storage, never on client input.
        if (!balance.currency().equals(currency)) {
            throw new IllegalArgumentException("balance " + balance + " is not in the account currency " + currency);
        }
        if (balance.isNegative()) {
            throw new IllegalArgumentException("balance must never be negative, was " + balance);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new, empty, open account; version 0 until it is first saved. */
    public static Account open(UserId ownerId, Currency currency, Instant now) {
        return new Account(AccountId.newId(), ownerId, currency, Money.zero(currency), AccountStatus.OPEN, now, 0);
    }

    /**
     * Adds money from outside the bank. Refusals, in this order: an invalid amount
     * ({@code validation_failed}), another currency ({@code currency_mismatch}), an account that is
     * not open ({@code account_not_open}).
     */
    public Account deposit(Money amount) {
        Amounts.requireValid(amount);
        balance.requireSameCurrency(amount);
        requireOpen();
        return withBalance(balance.plus(amount));
    }

    public Account freeze() {
        if (status != AccountStatus.OPEN) {
            throw illegalTransition(AccountStatus.FROZEN);
        }
        return withStatus(AccountStatus.FROZEN);
    }

    public Account close() {
        if (status == AccountStatus.CLOSED) {
            throw illegalTransition(AccountStatus.CLOSED);
        }
        return withStatus(AccountStatus.CLOSED);
    }

    public boolean isOpen() {
        return status == AccountStatus.OPEN;
    }

    public boolean isOwnedBy(UserId userId) {
        return ownerId.equals(userId);
    }

    public boolean covers(Money amount) {
        return balance.compareTo(amount) >= 0;
    }

    /** What a repository returns after saving: the same account at its new version. */
    public Account withVersion(long newVersion) {
        return new Account(id, ownerId, currency, balance, status, createdAt, newVersion);
    }

    void requireOpen() {
        if (!isOpen()) {
            throw new DomainException(ErrorCode.ACCOUNT_NOT_OPEN, "account " + id + " is " + status);
        }
    }

    // Transfers go through TransferPolicy, which checks the rules in their documented order first.
    Account debit(Money amount) {
        return withBalance(balance.minus(amount));
    }

    Account credit(Money amount) {
        return withBalance(balance.plus(amount));
    }

    private Account withBalance(Money newBalance) {
        return new Account(id, ownerId, currency, newBalance, status, createdAt, version);
    }

    private Account withStatus(AccountStatus newStatus) {
        return new Account(id, ownerId, currency, balance, newStatus, createdAt, version);
    }

    private DomainException illegalTransition(AccountStatus target) {
        return new DomainException(
                ErrorCode.ILLEGAL_STATUS_TRANSITION, "account " + id + " cannot go from " + status + " to " + target);
    }
}
