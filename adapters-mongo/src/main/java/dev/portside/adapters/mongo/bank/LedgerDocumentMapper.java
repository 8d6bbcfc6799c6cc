package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = DocumentValues.class, imports = DocumentValues.class)
interface LedgerDocumentMapper {

    @Mapping(target = "kind", constant = LedgerDocument.TRANSFER)
    @Mapping(target = "accountId", ignore = true)
    LedgerDocument toDocument(Transfer transfer);

    @Mapping(target = "kind", constant = LedgerDocument.DEPOSIT)
    @Mapping(target = "fromAccountId", ignore = true)
    @Mapping(target = "toAccountId", ignore = true)
    @Mapping(target = "reference", ignore = true)
    LedgerDocument toDocument(Deposit deposit);

    Transfer toTransfer(LedgerDocument document);

    default UUID accountId(AccountId id) {
        return id.value();
    }

    default AccountId accountId(UUID id) {
        return new AccountId(id);
    }

    default UUID transferId(TransferId id) {
        return id.value();
    }

    default TransferId transferId(UUID id) {
        return new TransferId(id);
    }

    default UUID depositId(DepositId id) {
        return id.value();
    }

    /** An absent reference is a missing field, never a stored null. */
    default String reference(Optional<String> reference) {
        return reference.orElse(null);
    }

    default Optional<String> reference(String reference) {
        return Optional.ofNullable(reference);
    }
}
