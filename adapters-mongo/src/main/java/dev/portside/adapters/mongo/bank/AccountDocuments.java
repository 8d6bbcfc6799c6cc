package dev.portside.adapters.mongo.bank;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.AccountStatus;
import dev.portside.domain.user.UserId;
import java.util.Currency;
import java.util.UUID;
import org.bson.Document;

/** An account as a document of {@code accounts}; its ledger entries live in {@code ledger}. */
final class AccountDocuments {

    static final String COLLECTION = "accounts";

    private AccountDocuments() {
    }

    static Document toDocument(Account account) {
        return new Document("ownerId", account.ownerId().value())
                .append("currency", account.currency().getCurrencyCode())
                .append("balance", Values.money(account.balance()))
                .append("status", account.status().name())
                .append("createdAt", date(account.createdAt()));
    }

    static Account toAccount(Document document) {
        return new Account(
                new AccountId(document.get("_id", UUID.class)),
                new UserId(document.get("ownerId", UUID.class)),
                Currency.getInstance(document.getString("currency")),
                Values.money(document.get("balance", Document.class)),
                AccountStatus.valueOf(document.getString("status")),
                instant(document, "createdAt"),
                document.getLong("version"));
    }
}
