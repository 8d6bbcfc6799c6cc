package dev.portside.application.bank;

import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;

/** An account's transfers, newest first, for its owner or an admin; anyone else gets {@code account_not_found}. */
public interface GetStatement {

    Slice<Transfer, StatementCursor> get(GetStatementQuery query);
}
