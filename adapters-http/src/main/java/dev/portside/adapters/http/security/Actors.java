package dev.portside.adapters.http.security;

import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.problem.TransportRefusal;
import dev.portside.application.shared.Actor;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;
import jakarta.annotation.Nullable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The use cases' {@link Actor} from a verified token: subject = user id, roles claim = roles. */
public final class Actors {

    private Actors() {}

    public static Actor from(Authentication authentication) {
        if (authentication == null) {
            throw new TransportRefusal(TransportCode.UNAUTHENTICATED, "authentication is required");
        }
        UserId id;
        try {
            id = new UserId(UUID.fromString(authentication.getName()));
        } catch (IllegalArgumentException e) {
            throw new TransportRefusal(TransportCode.UNAUTHENTICATED, "the token does not name a user");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : authentication.getRoles()) {
            roleNamed(role).ifPresent(roles::add);
        }
        return new Actor(id, roles);
    }

    public static Optional<Actor> fromOptional(@Nullable Authentication authentication) {
        return Optional.ofNullable(authentication).map(Actors::from);
    }

    // a role this build does not know (a newer token) grants nothing rather than failing
    private static Optional<Role> roleNamed(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
