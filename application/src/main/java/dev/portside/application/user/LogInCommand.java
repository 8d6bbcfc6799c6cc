package dev.portside.application.user;

import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import java.util.Optional;

/**
 * A login attempt. The login is kept raw: whether it names anybody is the use case's question, and
 * its answer must not show. A password outside the policy is empty here: it cannot match any account,
 * and the use case refuses it like any other failed login (401 invalid_credentials), never as a 400
 * that would quote the policy at someone who only mistyped.
 */
public record LogInCommand(String login, Optional<PlainPassword> password) {

    public LogInCommand {
        new Validation()
                .run(() -> Text.requiredNotBlank("login", login, EmailAddress.MAX_LENGTH))
                .required("password", password)
                .done();
    }

    public static LogInCommand of(String login, String password) {
        try {
            return new LogInCommand(login, Optional.of(PlainPassword.of("password", password)));
        } catch (ValidationException outsideThePolicy) {
            return new LogInCommand(login, Optional.empty());
        }
    }
}
