package dev.portside.application.user;

import dev.portside.domain.shared.Text;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import java.util.Objects;

/**
 * A login attempt. The login is kept raw: whether it names anybody is the use case's question, and
 * its answer must not show. A password outside the policy cannot match any account and is refused as
 * invalid input (400) before any lookup, which tells nothing about accounts.
 */
public record LogInCommand(String login, PlainPassword password) {

    public LogInCommand {
        Text.requiredNotBlank("login", login, EmailAddress.MAX_LENGTH);
        Objects.requireNonNull(password, "password");
    }

    public static LogInCommand of(String login, String password) {
        return new LogInCommand(login, PlainPassword.of("password", password));
    }
}
