package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.TagMode;
import io.micronaut.data.model.jpa.criteria.PersistentEntityCriteriaBuilder;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The public listing's filters as a criteria specification: published posts, plus every filter the
 * search names (AND). The default sort is served by {@code posts_status_published_at}.
 */
final class PostSpecifications {

    private PostSpecifications() {}

    static PredicateSpecification<PostDocument> published(PostSearch search) {
        return (root, builder) -> {
            PersistentEntityCriteriaBuilder criteria = (PersistentEntityCriteriaBuilder) builder;
            List<Predicate> filters = new ArrayList<>();
            filters.add(builder.equal(root.get("status"), PostStatus.PUBLISHED.name()));
            search.text().ifPresent(text -> {
                String pattern = Values.literalPattern(text);
                filters.add(builder.or(
                        criteria.containsStringIgnoreCase(root.get("title"), builder.literal(pattern)),
                        criteria.containsStringIgnoreCase(root.get("content"), builder.literal(pattern))));
            });
            if (!search.tags().isEmpty()) {
                List<String> tags = search.tags().names();
                filters.add(
                        search.tagMode() == TagMode.ALL
                                ? criteria.arrayContains(root.get("tags"), builder.literal(tags))
                                : root.get("tags").in(tags));
            }
            search.author().ifPresent(author -> filters.add(builder.equal(root.get("authorId"), author.value())));
            search.from()
                    .ifPresent(
                            from -> filters.add(builder.greaterThanOrEqualTo(root.<Instant>get("publishedAt"), from)));
            search.to().ifPresent(to -> filters.add(builder.lessThan(root.<Instant>get("publishedAt"), to)));
            return builder.and(filters.toArray(Predicate[]::new));
        };
    }
}
