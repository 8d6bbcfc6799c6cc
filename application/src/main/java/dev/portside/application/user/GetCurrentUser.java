package dev.portside.application.user;

import dev.portside.domain.user.User;

/** The caller's own account ({@code GET /api/users/me}). */
public interface GetCurrentUser {

    /** @throws dev.portside.domain.shared.DomainException {@code unauthenticated} when the account is gone */
    User get(GetCurrentUserQuery query);
}
