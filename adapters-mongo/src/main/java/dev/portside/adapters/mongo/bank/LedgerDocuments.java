package dev.portside.adapters.mongo.bank;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import java.util.UUID;
import org.bson.Document;

/**
 * Ledger entries as documents of one append-only {@code ledger} collection, told apart by {@code kind}:
 * a transfer names both accounts, a deposit the one it credits. Entries are never updated, so they
 * carry no version.
 */
final class LedgerDocuments {

    static final String COLLECTION = "ledger";
    static final String TRANSFER = "transfer";
    static final String DEPOSIT = "deposit";

    private LedgerDocuments() {
    }

    static Document toDocument(Transfer transfer) {
        Document document = new Document("_id", transfer.id().value())
                .append("kind", TRANSFER)
                .append("fromAccountId", transfer.fromAccountId().value())
                .append("toAccountId", transfer.toAccountId().value())
                .append("amount", Values.money(transfer.amount()))
                .append("createdAt", date(transfer.createdAt()));
        return Values.putIfPresent(document, "reference", transfer.reference());
    }

    static Document toDocument(Deposit deposit) {
        return new Document("_id", deposit.id().value())
                .append("kind", DEPOSIT)
                .append("accountId", deposit.accountId().value())
                .append("amount", Values.money(deposit.amount()))
                .append("createdAt", date(deposit.createdAt()));
    }

    static Transfer toTransfer(Document document) {
        return new Transfer(
                new TransferId(document.get("_id", UUID.class)),
                new AccountId(document.get("fromAccountId", UUID.class)),
                new AccountId(document.get("toAccountId", UUID.class)),
                Values.money(document.get("amount", Document.class)),
                Values.optionalString(document, "reference"),
                instant(document, "createdAt"));
    }
}
