package dev.portside.adapters.mongo.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The authors of a page, by id. A missing user is a broken reference and fails loudly rather than inventing a name. */
final class Authors {

    private Authors() {}

    static Map<UUID, AuthorRef> of(AuthorDocuments documents, Collection<UUID> ids) {
        Set<UUID> distinct = Set.copyOf(ids);
        Map<UUID, AuthorRef> authors = new HashMap<>();
        if (distinct.isEmpty()) {
            return authors;
        }
        for (AuthorDocument author : documents.findAllById(distinct)) {
            authors.put(author.id(), new AuthorRef(new UserId(author.id()), author.username()));
        }
        if (authors.size() != distinct.size()) {
            throw new IllegalStateException("authors without a user: "
                    + distinct.stream()
                            .filter(id -> !authors.containsKey(id))
                            .map(UUID::toString)
                            .collect(Collectors.joining(", ")));
        }
        return authors;
    }
}
