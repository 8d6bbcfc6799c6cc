package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = DocumentValues.class, imports = DocumentValues.class)
interface AccountDocumentMapper {

    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(account.version()))")
    AccountDocument toDocument(Account account);

    // deposit(...) and withVersion(...) look like fluent setters to MapStruct; they are not properties
    @Mapping(target = "deposit", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    Account toAccount(AccountDocument document);

    default UUID accountId(AccountId id) {
        return id.value();
    }

    default AccountId accountId(UUID id) {
        return new AccountId(id);
    }

    default UUID userId(UserId id) {
        return id.value();
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }
}
