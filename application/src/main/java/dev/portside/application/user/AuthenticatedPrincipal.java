package dev.portside.application.user;

import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import java.util.Objects;
import java.util.Set;

/** Who logged in; what the driving adapter puts into the token. */
public record AuthenticatedPrincipal(UserId userId, Username username, Set<Role> roles) {

    public AuthenticatedPrincipal {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    static AuthenticatedPrincipal of(User user) {
        return new AuthenticatedPrincipal(user.id(), user.username(), user.roles());
    }
}
