package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.ValidationException;
import java.util.Objects;
import java.util.Optional;

public record GetStatementQuery(Actor actor, AccountId accountId, int limit, Optional<StatementCursor> cursor) {

    public GetStatementQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > AccountStatements.MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + AccountStatements.MAX_LIMIT);
        }
    }

    /** From API input: an absent limit means the default, an absent cursor the first slice. */
    public static GetStatementQuery of(Actor actor, AccountId accountId, Optional<Integer> limit,
                                       Optional<String> cursor) {
        return new GetStatementQuery(actor, accountId, limit.orElse(AccountStatements.DEFAULT_LIMIT),
                cursor.map(StatementCursor::decode));
    }
}
