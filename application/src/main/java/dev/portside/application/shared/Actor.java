package dev.portside.application.shared;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller, as the driving adapter established it. Use cases make every ownership
 * and role decision from this, so the rules hold whatever adapter drives them.
 */
public record Actor(UserId id, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isModeratorOrAdmin() {
        return has(Role.MODERATOR) || has(Role.ADMIN);
    }

    public boolean is(UserId userId) {
        return id.equals(userId);
    }

    /** Refuses with 403 semantics: the caller is known but lacks the role. */
    public void requireRole(Role role) {
        if (!has(role)) {
            throw DomainException.forbidden("requires role " + role);
        }
    }
}
