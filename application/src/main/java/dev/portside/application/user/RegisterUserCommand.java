package dev.portside.application.user;

import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Username;
import jakarta.annotation.Nullable;
import java.util.Objects;

public record RegisterUserCommand(Username username, EmailAddress email, PlainPassword password, Profile profile) {

    public RegisterUserCommand {
        new Validation()
                .required("username", username)
                .required("email", email)
                .required("password", password)
                .required("profile", profile)
                .done();
    }

    /** From the raw request; null means absent for the optional names. */
    public static RegisterUserCommand of(
            String username, String email, String password, @Nullable String firstName, @Nullable String lastName) {
        // every bad field is reported at once, not only the first
        Validation check = new Validation();
        Username checkedUsername = check.parse(() -> new Username(username));
        EmailAddress checkedEmail = check.parse(() -> new EmailAddress(email));
        PlainPassword checkedPassword = check.parse(() -> PlainPassword.of("password", password));
        Profile checkedProfile = check.parse(() -> Profile.of(firstName, lastName, null));
        check.done();
        // done() has thrown unless every parse succeeded
        return new RegisterUserCommand(
                Objects.requireNonNull(checkedUsername),
                Objects.requireNonNull(checkedEmail),
                Objects.requireNonNull(checkedPassword),
                Objects.requireNonNull(checkedProfile));
    }
}
