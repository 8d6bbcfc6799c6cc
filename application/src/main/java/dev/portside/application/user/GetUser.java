package dev.portside.application.user;

import dev.portside.domain.user.User;

/** One account, for itself or an admin; deleted accounts only for admins. Anyone else: 404. */
public interface GetUser {

    User get(GetUserQuery query);
}
