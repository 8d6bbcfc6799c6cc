package dev.portside.adapters.mongo.blog;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;

import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The listings' join to users: one query for the usernames of every author on a page. A missing user
 * is a broken reference and fails loudly rather than inventing a name.
 */
final class Authors {

    private static final String USERS = "users";

    private Authors() {
    }

    static Map<UUID, AuthorRef> of(MongoStorage storage, Collection<UUID> ids) {
        Set<UUID> distinct = Set.copyOf(ids);
        Map<UUID, AuthorRef> authors = new HashMap<>();
        if (distinct.isEmpty()) {
            return authors;
        }
        storage.collection(USERS).find(in("_id", distinct)).projection(include("username"))
                .forEach(user -> {
                    UUID id = user.get("_id", UUID.class);
                    authors.put(id, new AuthorRef(new UserId(id), user.getString("username")));
                });
        if (authors.size() != distinct.size()) {
            throw new IllegalStateException("authors without a user: " + distinct.stream()
                    .filter(id -> !authors.containsKey(id)).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        return authors;
    }
}
