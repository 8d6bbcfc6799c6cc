package dev.portside.application.bank;

import dev.portside.domain.bank.Account;

/** One account, for its owner or an admin; anyone else gets {@code account_not_found}. */
public interface GetAccount {

    Account get(GetAccountQuery query);
}
