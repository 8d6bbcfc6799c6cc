package dev.portside.adapters.mongo.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.mongo.shared.MoneyDocument;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A ledger entry in the one append-only {@code ledger} collection, told apart by {@code kind}: a
 * transfer names both accounts, a deposit the one it credits (the fields of the other kind are absent).
 * Entries are never updated, so they carry no version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(LedgerDocument.COLLECTION)
record LedgerDocument(
        @Id UUID id,
        String kind,
        @Nullable UUID fromAccountId,
        @Nullable UUID toAccountId,
        @Nullable UUID accountId,
        @Relation(Relation.Kind.EMBEDDED) MoneyDocument amount,
        @Nullable String reference,
        Instant createdAt) {

    static final String COLLECTION = "ledger";
    static final String TRANSFER = "transfer";
    static final String DEPOSIT = "deposit";
}
