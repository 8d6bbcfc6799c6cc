package dev.portside.testkit.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fakes' stand-in for the join to users. Real schemas guarantee every author exists, so a
 * missing username is a broken test setup and fails loudly instead of inventing a name.
 */
final class AuthorLookup {

    private final Function<UserId, Optional<String>> usernames;

    AuthorLookup(Function<UserId, Optional<String>> usernames) {
        this.usernames = Objects.requireNonNull(usernames, "usernames");
    }

    AuthorRef of(UserId id) {
        return new AuthorRef(
                id,
                usernames
                        .apply(id)
                        .orElseThrow(() -> new IllegalStateException(
                                "no username for author " + id + ": register the author first")));
    }
}
