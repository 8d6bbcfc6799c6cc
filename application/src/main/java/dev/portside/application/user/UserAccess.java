package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.port.UserRepository;

/**
 * Who may reach which account. Everyone but the account itself and admins gets "not found", so a
 * caller cannot even learn that an id exists. Call inside a unit of work.
 */
final class UserAccess {

    private UserAccess() {}

    /** Self or admin; a deleted account only for admins (to the user it is gone). */
    static User readable(UserRepository users, Actor actor, UserId id) {
        return users.findById(id)
                .filter(user -> actor.isAdmin() || (actor.is(id) && !user.isDeleted()))
                .orElseThrow(UserRefusals::userNotFound);
    }

    /** Self or admin, and never a deleted account: nobody changes those. */
    static User changeable(UserRepository users, Actor actor, UserId id) {
        return users.findById(id)
                .filter(user -> actor.isAdmin() || actor.is(id))
                .filter(user -> !user.isDeleted())
                .orElseThrow(UserRefusals::userNotFound);
    }
}
