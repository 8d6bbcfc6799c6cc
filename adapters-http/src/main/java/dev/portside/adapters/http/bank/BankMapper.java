package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.shared.JsonValues;
import dev.portside.application.bank.DepositReceipt;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;
import java.util.List;
import org.mapstruct.Mapper;

/** Bank results to response records. */
@Mapper(uses = JsonValues.class)
interface BankMapper {

    AccountResponse account(Account account);

    List<AccountResponse> accounts(List<Account> accounts);

    DepositResponse deposit(DepositReceipt receipt);

    TransferResponse transfer(Transfer transfer);

    List<TransferResponse> transfers(List<Transfer> transfers);

    /** The cursor travels as its opaque encoding; null on the last slice. */
    default StatementResponse statement(Slice<Transfer, StatementCursor> slice) {
        return new StatementResponse(
                transfers(slice.items()),
                slice.next().map(StatementCursor::encode).orElse(null));
    }
}
