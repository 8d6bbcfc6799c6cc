package dev.portside.application.user;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Three steps, so that the slow hash check holds no transaction open and a refusal still commits:
 * read the account, verify the password outside any unit, then record the outcome in a unit that
 * returns it. The refusal is thrown only after that unit committed, or the failed-attempt count
 * would be rolled back with it.
 */
public final class LogInService implements LogIn {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Clock clock;

    public LogInService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuthenticatedPrincipal logIn(LogInCommand command) {
        if (command.password().isEmpty()) {
            // outside the policy: matches no account; refused before any lookup, so its timing tells
            // nothing about accounts, and not counted towards a lockout
            throw UserRefusals.invalidCredentials();
        }
        PlainPassword password = command.password().get();
        Optional<User> candidate = unitOfWork.execute(() -> findByLogin(command.login()));
        if (candidate.isEmpty()) {
            passwordHasher.burnEquivalentWork(password);
            throw UserRefusals.invalidCredentials();
        }
        User seen = candidate.get();
        // verified even for a locked or deleted account: refusing those early would be measurably faster
        boolean passwordMatches = passwordHasher.matches(password, seen.passwordHash());
        Outcome outcome = unitOfWork.execute(() -> record(seen, passwordMatches));
        if (outcome instanceof Succeeded succeeded) {
            return succeeded.principal();
        }
        throw UserRefusals.invalidCredentials();
    }

    private Outcome record(User seen, boolean passwordMatches) {
        Instant now = clock.now();
        return users.findById(seen.id())
                .filter(user -> user.canLogInAt(now))
                // a password changed since we verified makes the check meaningless: refuse, count nothing
                .filter(user -> user.passwordHash().equals(seen.passwordHash()))
                .map(user -> passwordMatches ? succeed(user, now) : fail(user, now))
                .orElse(Refused.INSTANCE);
    }

    private Outcome succeed(User user, Instant now) {
        return new Succeeded(AuthenticatedPrincipal.of(users.save(user.loginSucceeded(now))));
    }

    private Outcome fail(User user, Instant now) {
        users.save(user.loginFailed(now));
        return Refused.INSTANCE;
    }

    // usernames cannot contain '@', so the login names one kind of key without ambiguity
    private Optional<User> findByLogin(String login) {
        try {
            return login.indexOf('@') >= 0
                    ? users.findByEmail(new EmailAddress(login))
                    : users.findByUsername(new Username(login));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private sealed interface Outcome permits Succeeded, Refused {}

    private record Succeeded(AuthenticatedPrincipal principal) implements Outcome {}

    private enum Refused implements Outcome {
        INSTANCE
    }
}
