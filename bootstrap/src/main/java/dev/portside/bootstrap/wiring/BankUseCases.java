package dev.portside.bootstrap.wiring;

import dev.portside.application.bank.DepositMoney;
import dev.portside.application.bank.DepositMoneyService;
import dev.portside.application.bank.GetAccount;
import dev.portside.application.bank.GetAccountService;
import dev.portside.application.bank.GetStatement;
import dev.portside.application.bank.GetStatementService;
import dev.portside.application.bank.ListMyAccounts;
import dev.portside.application.bank.ListMyAccountsService;
import dev.portside.application.bank.OpenAccount;
import dev.portside.application.bank.OpenAccountService;
import dev.portside.application.bank.TransferMoney;
import dev.portside.application.bank.TransferMoneyService;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Composes the bank use cases from whichever adapters implement their ports in this configuration. */
@Factory
class BankUseCases {

    @Singleton
    DepositMoney depositMoney(AccountRepository accounts, Ledger ledger, UnitOfWork unitOfWork, Clock clock) {
        return new DepositMoneyService(accounts, ledger, unitOfWork, clock);
    }

    @Singleton
    GetAccount getAccount(AccountRepository accounts, UnitOfWork unitOfWork) {
        return new GetAccountService(accounts, unitOfWork);
    }

    @Singleton
    GetStatement getStatement(AccountRepository accounts, AccountStatements statements, UnitOfWork unitOfWork) {
        return new GetStatementService(accounts, statements, unitOfWork);
    }

    @Singleton
    ListMyAccounts listMyAccounts(AccountRepository accounts, UnitOfWork unitOfWork) {
        return new ListMyAccountsService(accounts, unitOfWork);
    }

    @Singleton
    OpenAccount openAccount(AccountRepository accounts, UnitOfWork unitOfWork, Clock clock) {
        return new OpenAccountService(accounts, unitOfWork, clock);
    }

    @Singleton
    TransferMoney transferMoney(AccountRepository accounts, Ledger ledger, UnitOfWork unitOfWork, Clock clock) {
        return new TransferMoneyService(accounts, ledger, unitOfWork, clock);
    }
}
