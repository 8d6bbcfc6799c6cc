package dev.portside.application.user;

import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Username;
import java.util.Objects;

public record RegisterUserCommand(Username username, EmailAddress email, PlainPassword password, Profile profile) {

    public RegisterUserCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(profile, "profile");
    }

    /** From the raw request; null means absent for the optional names. */
    public static RegisterUserCommand of(String username, String email, String password,
                                         String firstName, String lastName) {
        return new RegisterUserCommand(new Username(username), new EmailAddress(email),
                PlainPassword.of("password", password), Profile.of(firstName, lastName, null));
    }
}
