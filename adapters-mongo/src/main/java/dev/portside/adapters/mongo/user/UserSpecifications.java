package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.user.port.UserSearch;
import io.micronaut.data.model.jpa.criteria.PersistentEntityCriteriaBuilder;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;

/** The admin search's optional filters as a criteria specification, built from what the search names. */
final class UserSpecifications {

    private UserSpecifications() {}

    static PredicateSpecification<UserDocument> matching(UserSearch search) {
        return (root, builder) -> {
            List<Predicate> filters = new ArrayList<>();
            search.q().ifPresent(q -> {
                // contains, ignoring case, matched literally; an unanchored pattern scans, which the admin search
                // accepts
                PersistentEntityCriteriaBuilder criteria = (PersistentEntityCriteriaBuilder) builder;
                String pattern = Values.literalPattern(q);
                filters.add(builder.or(
                        criteria.containsStringIgnoreCase(root.get("usernameKey"), builder.literal(pattern)),
                        criteria.containsStringIgnoreCase(root.get("email"), builder.literal(pattern)),
                        criteria.containsStringIgnoreCase(root.get("firstName"), builder.literal(pattern)),
                        criteria.containsStringIgnoreCase(root.get("lastName"), builder.literal(pattern))));
            });
            search.status().ifPresent(status -> filters.add(builder.equal(root.get("status"), status.name())));
            return builder.and(filters.toArray(Predicate[]::new));
        };
    }
}
