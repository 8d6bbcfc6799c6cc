package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
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
}
