package dev.portside.application.bank;

/**
 * The owner pays money into their account; anyone else gets {@code account_not_found}. The balance
 * change and its ledger entry commit together.
 */
public interface DepositMoney {

    DepositReceipt deposit(DepositMoneyCommand command);
}
