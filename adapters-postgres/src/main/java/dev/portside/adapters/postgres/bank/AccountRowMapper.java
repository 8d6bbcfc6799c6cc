package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.bank.Account;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** {@link Account} to and from {@link AccountRow}; the balance's currency is the account's. */
@Mapper(uses = StoredValues.class, imports = StoredValues.class)
interface AccountRowMapper {

    @Mapping(target = "balance", expression = "java(StoredValues.money(row.balance(), row.currency()))")
    // behaviours that look like fluent setters to MapStruct; the constructor sets everything
    @Mapping(target = "deposit", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Account account(AccountRow row);

    @Mapping(target = "balance", source = "balance.amount")
    AccountRow row(Account account);
}
