package dev.portside.domain.bank;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger entry of a transfer between two accounts. It is written once, in the same unit of work
 * as both balance changes, and never changes afterwards, so it carries no version.
 * {@code createdAt} is kept to the millisecond so that it reads back equal from every backend.
 */
public record Transfer(
        TransferId id,
        AccountId fromAccountId,
        AccountId toAccountId,
        Money amount,
        Optional<String> reference,
        Instant createdAt) {

    public static final int MAX_REFERENCE_LENGTH = 140;

    /** Statement order: newest first, ties on the same instant broken by the higher id first. */
    public static final Comparator<Transfer> NEWEST_FIRST = Comparator.comparing(Transfer::createdAt)
            .thenComparing(Transfer::id)
            .reversed();

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromAccountId, "fromAccountId");
        Objects.requireNonNull(toAccountId, "toAccountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Amounts.requireValid(amount);
        reference = requireValidReference(reference);
        if (fromAccountId.equals(toAccountId)) {
            throw sameAccount();
        }
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A reference is optional; when given it must be 1-140 characters and not blank. */
    public static Optional<String> requireValidReference(Optional<String> reference) {
        Objects.requireNonNull(reference, "reference");
        return reference.map(text -> Text.requiredNotBlank("reference", text, MAX_REFERENCE_LENGTH));
    }

    public boolean involves(AccountId accountId) {
        return fromAccountId.equals(accountId) || toAccountId.equals(accountId);
    }

    static DomainException sameAccount() {
        return new DomainException(ErrorCode.SAME_ACCOUNT, "cannot transfer from an account to itself");
    }
}
