package dev.portside.application.bank;

import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class GetStatementService implements GetStatement {

    private final AccountRepository accounts;
    private final AccountStatements statements;
    private final UnitOfWork unitOfWork;

    public GetStatementService(AccountRepository accounts, AccountStatements statements, UnitOfWork unitOfWork) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.statements = Objects.requireNonNull(statements, "statements");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Slice<Transfer, StatementCursor> get(GetStatementQuery query) {
        return unitOfWork.read(() -> {
            AccountAccess.readableBy(query.actor(), accounts.findById(query.accountId()), query.accountId());
            return statements.statement(query.accountId(), query.limit(), query.cursor());
        });
    }
}
