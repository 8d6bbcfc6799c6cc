package dev.portside.application.bank;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Validation;
import java.util.Objects;
import java.util.Optional;

public record GetStatementQuery(Actor actor, AccountId accountId, int limit, Optional<StatementCursor> cursor) {

    public GetStatementQuery {
        new Validation()
                .required("actor", actor)
                .required("id", accountId)
                .required("cursor", cursor)
                .check(
                        limit >= 1 && limit <= AccountStatements.MAX_LIMIT,
                        "limit",
                        "must be between 1 and " + AccountStatements.MAX_LIMIT)
                .done();
    }

    /** From API input: an absent limit means the default, an absent cursor the first slice. */
    public static GetStatementQuery of(
            Actor actor, AccountId accountId, Optional<Integer> limit, Optional<String> cursor) {
        // a bad cursor and a bad limit are reported together
        Validation check = new Validation();
        Optional<StatementCursor> decoded = check.parse(() -> cursor.map(StatementCursor::decode));
        int size = limit.orElse(AccountStatements.DEFAULT_LIMIT);
        check.check(
                        size >= 1 && size <= AccountStatements.MAX_LIMIT,
                        "limit",
                        "must be between 1 and " + AccountStatements.MAX_LIMIT)
                .done();
        // done() has thrown unless every parse succeeded
        return new GetStatementQuery(actor, accountId, size, Objects.requireNonNull(decoded));
    }
}
