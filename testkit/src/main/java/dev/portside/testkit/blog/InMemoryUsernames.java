package dev.portside.testkit.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Stands in for the users the blog's read models join to, so blog fakes and tests need no user
 * feature: register an author, then pass this as the fakes' username lookup.
 */
public final class InMemoryUsernames implements Function<UserId, Optional<String>> {

    private final Map<UserId, String> usernames = new ConcurrentHashMap<>();

    public AuthorRef register(String username) {
        AuthorRef author = new AuthorRef(UserId.newId(), username);
        usernames.put(author.id(), username);
        return author;
    }

    public AuthorRef register(UserId id, String username) {
        usernames.put(id, username);
        return new AuthorRef(id, username);
    }

    @Override
    public Optional<String> apply(UserId id) {
        return Optional.ofNullable(usernames.get(id));
    }
}
