package dev.portside.application.user;

import dev.portside.domain.shared.Page;
import dev.portside.domain.user.User;

/** Admins only (403 otherwise); includes deleted accounts unless filtered by status. */
public interface SearchUsers {

    Page<User> search(SearchUsersQuery query);
}
