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
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the bank use cases ({@link BankUseCases}) beans over whichever adapters implement their ports in this configuration. */
@Factory
class BankWiring {

    @Singleton
    BankUseCases bankUseCases(AccountRepository accounts, Ledger ledger, AccountStatements statements, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        return new BankUseCases(accounts, ledger, statements, outbox, unitOfWork, clock);
    }

    @Singleton
    DepositMoney depositMoney(BankUseCases bank) {
        return bank.depositMoney();
    }

    @Singleton
    GetAccount getAccount(BankUseCases bank) {
        return bank.getAccount();
    }

    @Singleton
    GetStatement getStatement(BankUseCases bank) {
        return bank.getStatement();
    }

    @Singleton
    ListMyAccounts listMyAccounts(BankUseCases bank) {
        return bank.listMyAccounts();
    }

    @Singleton
    OpenAccount openAccount(BankUseCases bank) {
        return bank.openAccount();
    }

    @Singleton
    TransferMoney transferMoney(BankUseCases bank) {
        return bank.transferMoney();
    }
}
