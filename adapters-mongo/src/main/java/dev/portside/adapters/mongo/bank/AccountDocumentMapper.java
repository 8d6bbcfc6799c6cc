package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.bank.Account;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
interface AccountDocumentMapper {

    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(account.version()))")
    AccountDocument toDocument(Account account);

    // deposit(...) and withVersion(...) look like fluent setters to MapStruct; they are not properties
    @Mapping(target = "deposit", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    Account toAccount(AccountDocument document);
}
