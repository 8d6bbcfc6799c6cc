package dev.portside.application.bank;

import dev.portside.domain.bank.Account;
import java.util.List;

/** The caller's own accounts, oldest first. */
public interface ListMyAccounts {

    List<Account> list(ListMyAccountsQuery query);
}
