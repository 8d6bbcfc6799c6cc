package dev.portside.domain.bank;

import java.util.Objects;

/** What an accepted transfer changes: both accounts, and the ledger entry to record with them. */
public record TransferBooking(Account from, Account to, Transfer transfer) {

    public TransferBooking {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(transfer, "transfer");
    }
}
