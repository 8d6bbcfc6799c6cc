package dev.portside.application.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.UnitOfWork;
import java.util.List;
import java.util.Objects;

public final class ListMyAccountsService implements ListMyAccounts {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;

    public ListMyAccountsService(AccountRepository accounts, UnitOfWork unitOfWork) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public List<Account> list(ListMyAccountsQuery query) {
        return unitOfWork.read(() -> accounts.findByOwner(query.actor().id()));
    }
}
