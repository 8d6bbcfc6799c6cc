package dev.portside.adapters.mongo.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A read model over {@code ledger}, never stored: one line of {@link LedgerSums#sums}, the money an
 * account received ({@code in}: deposits or incoming transfers) or sent ({@code out}) in one currency.
 * It is an entity of its own because Micronaut Data decodes aggregation results with the entity codec
 * only when the result type is the repository's entity (a DTO goes through bean properties, which
 * cannot read BSON UUIDs).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(LedgerDocument.COLLECTION)
record LedgerSum(@Id UUID accountId, String direction, BigDecimal amount, String currency) {

    static final String OUT = "out";
}
