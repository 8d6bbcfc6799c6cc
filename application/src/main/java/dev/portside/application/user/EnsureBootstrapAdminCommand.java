package dev.portside.application.user;

import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Username;

public record EnsureBootstrapAdminCommand(Username username, EmailAddress email, PlainPassword password) {

    public EnsureBootstrapAdminCommand {
        new Validation()
                .required("username", username)
                .required("email", email)
                .required("password", password)
                .done();
    }

    /** From configuration ({@code app.bootstrap-admin.*}). */
    public static EnsureBootstrapAdminCommand of(String username, String email, String password) {
        return new EnsureBootstrapAdminCommand(
                new Username(username), new EmailAddress(email), PlainPassword.of("password", password));
    }
}
