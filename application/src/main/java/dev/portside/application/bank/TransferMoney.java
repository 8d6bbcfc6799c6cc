package dev.portside.application.bank;

import dev.portside.domain.bank.Transfer;

/**
 * Moves money between two accounts atomically: both balances and the ledger entry change together
 * or not at all. Only the owner of the source account may do it; to anyone else the source does
 * not exist ({@code account_not_found}). Idempotent retries are the driving adapter's concern.
 */
public interface TransferMoney {

    Transfer transfer(TransferMoneyCommand command);
}
