package dev.portside.application.user;

import dev.portside.domain.user.User;

/** Self or admin. With an expected version (If-Match), a stale one is {@code version_mismatch}. */
public interface UpdateProfile {

    User update(UpdateProfileCommand command);
}
