package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/** Replaces the roles with exactly {@code roles}, which must not be empty. */
public record ChangeRolesCommand(Actor actor, UserId userId, Set<Role> roles) {

    public ChangeRolesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("roles", "must name at least one role");
        }
        roles = Set.copyOf(roles);
    }
}
