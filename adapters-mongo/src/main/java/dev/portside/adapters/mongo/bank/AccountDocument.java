package dev.portside.adapters.mongo.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.mongo.shared.MoneyDocument;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** An account in {@code accounts}; its ledger entries live in {@code ledger}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(AccountDocument.COLLECTION)
record AccountDocument(
        @Id UUID id,
        UUID ownerId,
        String currency,
        @Relation(Relation.Kind.EMBEDDED) MoneyDocument balance,
        String status,
        Instant createdAt,
        @Version long version) {

    static final String COLLECTION = "accounts";
}
