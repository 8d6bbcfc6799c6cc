package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.LedgerBalance;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The ledger's entries ({@link Transfer}, {@link Deposit}) and balances to and from their rows. */
@Mapper(uses = StoredValues.class, imports = StoredValues.class)
interface LedgerRowMapper {

    @Mapping(target = "amount", expression = "java(StoredValues.money(row.amount(), row.currency()))")
    Transfer transfer(TransferRow row);

    @Mapping(target = "amount", source = "amount.amount")
    @Mapping(target = "currency", source = "amount.currency")
    TransferRow row(Transfer transfer);

    @Mapping(target = "amount", source = "amount.amount")
    @Mapping(target = "currency", source = "amount.currency")
    DepositRow row(Deposit deposit);

    @Mapping(target = "balance", expression = "java(StoredValues.money(row.balance(), row.currency()))")
    LedgerBalance balance(LedgerBalanceRow row);
}
