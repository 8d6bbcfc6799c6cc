package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/** Replaces the roles with exactly {@code roles}, which must not be empty. */
public record ChangeRolesCommand(Actor actor, UserId userId, Set<Role> roles) {

    public ChangeRolesCommand {
        new Validation()
                .required("actor", actor)
                .required("id", userId)
                .check(
                        roles != null && !roles.isEmpty() && roles.stream().allMatch(Objects::nonNull),
                        "roles",
                        "must name at least one role")
                .done();
        roles = Set.copyOf(roles);
    }
}
