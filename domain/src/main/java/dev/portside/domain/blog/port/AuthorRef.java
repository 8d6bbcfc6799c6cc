package dev.portside.domain.blog.port;

import dev.portside.domain.user.UserId;
import java.util.Objects;

/**
 * How a listing names an author: the id plus the username at the time of reading. The blog owns
 * this small view so it never depends on the user aggregate; adapters fill it with a join/lookup.
 */
public record AuthorRef(UserId id, String username) {

    public AuthorRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
    }
}
