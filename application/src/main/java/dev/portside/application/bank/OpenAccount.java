package dev.portside.application.bank;

import dev.portside.domain.bank.Account;

/** Any user opens an empty account in a currency of their choice. */
public interface OpenAccount {

    Account open(OpenAccountCommand command);
}
