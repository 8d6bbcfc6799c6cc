package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.shop.port.ProductSearch;
import io.micronaut.data.model.jpa.criteria.PersistentEntityCriteriaBuilder;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;

/** The catalogue search's optional filters as a criteria specification. */
final class ProductSpecifications {

    private ProductSpecifications() {}

    static PredicateSpecification<ProductDocument> matching(ProductSearch search) {
        return (root, builder) -> {
            PersistentEntityCriteriaBuilder criteria = (PersistentEntityCriteriaBuilder) builder;
            List<Predicate> filters = new ArrayList<>();
            search.text().ifPresent(text -> {
                String pattern = Values.literalPattern(text);
                filters.add(builder.or(
                        criteria.containsStringIgnoreCase(root.get("name"), builder.literal(pattern)),
                        criteria.containsStringIgnoreCase(root.get("sku"), builder.literal(pattern))));
            });
            search.category()
                    .ifPresent(category ->
                            filters.add(builder.equal(root.get("categoryKey"), ProductDocument.categoryKey(category))));
            return builder.and(filters.toArray(Predicate[]::new));
        };
    }
}
