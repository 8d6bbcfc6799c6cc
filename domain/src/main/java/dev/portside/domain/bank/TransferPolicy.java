package dev.portside.domain.bank;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of moving money between two accounts. It spans two aggregates, so it is a domain
 * service rather than a method of either. The checks run in a fixed order, so a request that breaks
 * several rules always gets the same code:
 * <ol>
 *   <li>amount positive and at most one billion major units: {@code validation_failed}</li>
 *   <li>two distinct accounts: {@code same_account}</li>
 *   <li>amount and both accounts in one currency: {@code currency_mismatch}</li>
 *   <li>both accounts open: {@code account_not_open}</li>
 *   <li>the source covers the amount: {@code insufficient_funds}</li>
 * </ol>
 */
public final class TransferPolicy {

    private TransferPolicy() {}

    public static TransferBooking book(
            Account from, Account to, Money amount, Optional<String> reference, Instant now) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(now, "now");
        Amounts.requireValid(amount);
        Optional<String> validReference = Transfer.requireValidReference(reference);
        if (from.id().equals(to.id())) {
            throw Transfer.sameAccount();
        }
        from.balance().requireSameCurrency(amount);
        to.balance().requireSameCurrency(amount);
        from.requireOpen();
        to.requireOpen();
        if (!from.covers(amount)) {
            throw new DomainException(
                    ErrorCode.INSUFFICIENT_FUNDS, "account " + from.id() + " does not cover " + amount);
        }
        Transfer transfer = new Transfer(TransferId.newId(), from.id(), to.id(), amount, validReference, now);
        return new TransferBooking(from.debit(amount), to.credit(amount), transfer);
    }
}
