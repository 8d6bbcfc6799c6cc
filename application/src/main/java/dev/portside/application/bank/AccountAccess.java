package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import java.util.Optional;

/**
 * Who may see or move an account's money. Someone else's account answers exactly like a missing
 * one ({@code account_not_found}), so account ids cannot be probed.
 */
final class AccountAccess {

    private AccountAccess() {}

    /** Only the owner moves money in or out; anyone else, admins included, gets "not found". */
    static Account ownedBy(Actor actor, Optional<Account> account, AccountId id) {
        return account.filter(found -> found.isOwnedBy(actor.id())).orElseThrow(() -> notFound(id));
    }

    /** The owner and admins may read an account and its statement. */
    static Account readableBy(Actor actor, Optional<Account> account, AccountId id) {
        return account.filter(found -> found.isOwnedBy(actor.id()) || actor.isAdmin())
                .orElseThrow(() -> notFound(id));
    }

    static DomainException notFound(AccountId id) {
        return new DomainException(ErrorCode.ACCOUNT_NOT_FOUND, "account " + id + " not found");
    }
}
