package dev.portside.domain.bank.port;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.shared.Slice;
import java.util.Optional;

/** Reads an account's statement: the transfers into and out of it, newest first, keyset-paged. */
public interface AccountStatements {

    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 100;

    /**
     * Up to {@code limit} (1-{@value #MAX_LIMIT}) transfers from or to the account, in
     * {@link Transfer#NEWEST_FIRST} order (createdAt descending, then id descending), starting right
     * after {@code after} when given. The slice's next cursor points at its last item and is present
     * exactly when more transfers follow. Deposits are not part of a statement.
     */
    Slice<Transfer, StatementCursor> statement(AccountId accountId, int limit, Optional<StatementCursor> after);
}
