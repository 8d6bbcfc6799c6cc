package dev.portside.application.user;

import dev.portside.domain.user.User;

/** Admins only (403 otherwise); an unknown or deleted account is 404. */
public interface ChangeRoles {

    User change(ChangeRolesCommand command);
}
