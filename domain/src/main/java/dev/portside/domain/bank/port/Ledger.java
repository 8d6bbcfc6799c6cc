package dev.portside.domain.bank.port;

import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;

/**
 * The append-only record of every money movement. Entries are recorded in the same unit of work as
 * the balance changes they explain, so they commit or roll back together.
 */
public interface Ledger {

    void record(Transfer transfer);

    void record(Deposit deposit);
}
