package dev.portside.adapters.mongo.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.mongo.shared.MoneyDocument;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order in {@code orders} with its lines embedded: the order owns them, they never change after the
 * insert, and there are at most 50. The currency, each line's total and the order total are stored as
 * well (derived, never read back into the model) so that the reports are plain {@code $sum}s of exact
 * Decimal128 values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(OrderDocument.COLLECTION)
record OrderDocument(
        @Id UUID id,
        UUID customerId,
        List<Item> items,
        String currency,
        BigDecimal total,
        String status,
        Instant createdAt,
        @Version long version) {

    static final String COLLECTION = "orders";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Embeddable
    record Item(
            UUID productId,
            String sku,
            String name,
            String category,
            int quantity,
            @Relation(Relation.Kind.EMBEDDED) MoneyDocument unitPrice,
            BigDecimal lineTotal) {}
}
