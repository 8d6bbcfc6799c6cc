package dev.portside.testkit.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * What the ledger-side contract suites share. The ledger is only observable through its read ports,
 * and ledger entries refer to stored accounts (a real schema has foreign keys), so every suite needs
 * all of them. An adapter usually implements the three ledger ports on one class.
 */
public abstract class LedgerContractSupport {

    protected static final Instant T0 = Instant.parse("2025-05-06T07:08:09.010Z");

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Ledger ledger;

    @Inject
    private AccountStatements statements;

    @Inject
    private LedgerBalances ledgerBalances;

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    protected AccountRepository accounts() {
        return accounts;
    }

    protected Ledger ledger() {
        return ledger;
    }

    protected AccountStatements statements() {
        return statements;
    }

    protected LedgerBalances ledgerBalances() {
        return ledgerBalances;
    }

    protected <T> T inUnit(Supplier<T> work) {
        return unitOfWork().execute(work);
    }

    /** A fresh stored account of a fresh owner, so tests never see each other's entries. */
    protected Account storedAccount(String currency) {
        Account account =
                AccountMother.anAccount().inCurrency(currency).createdAt(T0).build();
        return inUnit(() -> accounts().save(account));
    }

    protected void record(Transfer... transfers) {
        unitOfWork().run(() -> {
            for (Transfer transfer : transfers) {
                ledger().record(transfer);
            }
        });
    }

    protected void record(Deposit... deposits) {
        unitOfWork().run(() -> {
            for (Deposit deposit : deposits) {
                ledger().record(deposit);
            }
        });
    }
}
