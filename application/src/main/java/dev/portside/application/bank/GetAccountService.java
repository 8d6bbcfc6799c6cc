package dev.portside.application.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class GetAccountService implements GetAccount {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;

    public GetAccountService(AccountRepository accounts, UnitOfWork unitOfWork) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Account get(GetAccountQuery query) {
        return unitOfWork.read(
                () -> AccountAccess.readableBy(query.actor(), accounts.findById(query.accountId()), query.accountId()));
    }
}
