package dev.portside.adapters.mongo.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.mongo.shared.MoneyDocument;
import dev.portside.domain.shop.Category;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Relation;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A product in {@code products}. Skus are upper case already, so the unique index on {@code sku} is
 * case-insensitive for the business; {@code categoryKey} is the lower-case category the filter
 * compares, indexed, while {@code category} keeps the spelling shown and reported.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(ProductDocument.COLLECTION)
record ProductDocument(
        @Id UUID id,
        String sku,
        String name,
        String category,
        String categoryKey,
        @Relation(Relation.Kind.EMBEDDED) MoneyDocument price,
        int stock,
        Instant createdAt,
        @Version long version) {

    static final String COLLECTION = "products";
    static final String SKU_INDEX = "products_sku_unique";

    /** The lower-case category the filter compares. */
    static String categoryKey(Category category) {
        return category.value().toLowerCase(Locale.ROOT);
    }
}
