package dev.portside.application.user;

import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Username;
import java.util.Objects;

public record EnsureBootstrapAdminCommand(Username username, EmailAddress email, PlainPassword password) {

    public EnsureBootstrapAdminCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    /** From configuration ({@code app.bootstrap-admin.*}). */
    public static EnsureBootstrapAdminCommand of(String username, String email, String password) {
        return new EnsureBootstrapAdminCommand(new Username(username), new EmailAddress(email),
                PlainPassword.of("password", password));
    }
}
