package dev.portside.application.user;

import dev.portside.domain.user.User;

/** Anyone may register; the new account always has exactly the role USER. */
public interface RegisterUser {

    /** @throws dev.portside.domain.shared.DomainException {@code username_taken}, {@code email_taken} */
    User register(RegisterUserCommand command);
}
