package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.shared.JsonValues;
import dev.portside.application.bank.DepositReceipt;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;

/** Bank results to response records. */
@Mapper
interface BankMapper extends JsonValues {

    AccountResponse account(Account account);

    List<AccountResponse> accounts(List<Account> accounts);

    DepositResponse deposit(DepositReceipt receipt);

    TransferResponse transfer(Transfer transfer);

    List<TransferResponse> transfers(List<Transfer> transfers);

    /** The cursor travels as its opaque encoding; null on the last slice. */
    default StatementResponse statement(Slice<Transfer, StatementCursor> slice) {
        return new StatementResponse(transfers(slice.items()), slice.next().map(StatementCursor::encode).orElse(null));
    }

    default UUID uuid(AccountId id) {
        return id.value();
    }

    default UUID uuid(TransferId id) {
        return id.value();
    }
}
