package dev.portside.bootstrap.wiring;

import dev.portside.application.bank.BankUseCases;
import dev.portside.application.bank.DepositMoney;
import dev.portside.application.bank.GetAccount;
import dev.portside.application.bank.GetStatement;
import dev.portside.application.bank.ListMyAccounts;
import dev.portside.application.bank.OpenAccount;
import dev.portside.application.bank.TransferMoney;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.bootstrap.observability.ObservedUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the bank use cases ({@link BankUseCases}) beans over whichever adapters implement their ports in this configuration, each timed (and traced) by {@link ObservedUseCase}. */
@Factory
class BankWiring {

    @Singleton
    BankUseCases bankUseCases(AccountRepository accounts, Ledger ledger, AccountStatements statements, UnitOfWork unitOfWork, Clock clock) {
        return new BankUseCases(accounts, ledger, statements, unitOfWork, clock);
    }

    @Singleton
    @ObservedUseCase
    DepositMoney depositMoney(BankUseCases bank) {
        return bank.depositMoney();
    }

    @Singleton
    @ObservedUseCase
    GetAccount getAccount(BankUseCases bank) {
        return bank.getAccount();
    }

    @Singleton
    @ObservedUseCase
    GetStatement getStatement(BankUseCases bank) {
        return bank.getStatement();
    }

    @Singleton
    @ObservedUseCase
    ListMyAccounts listMyAccounts(BankUseCases bank) {
        return bank.listMyAccounts();
    }

    @Singleton
    @ObservedUseCase
    OpenAccount openAccount(BankUseCases bank) {
        return bank.openAccount();
    }

    @Singleton
    @ObservedUseCase
    TransferMoney transferMoney(BankUseCases bank) {
        return bank.transferMoney();
    }
}
