package dev.portside.application.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import java.util.Objects;

public final class OpenAccountService implements OpenAccount {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public OpenAccountService(AccountRepository accounts, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Account open(OpenAccountCommand command) {
        return unitOfWork.execute(
                () -> accounts.save(Account.open(command.actor().id(), command.currency(), clock.now())));
    }
}
