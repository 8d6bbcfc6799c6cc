package dev.portside.application.user;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class RegisterUserService implements RegisterUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Clock clock;

    public RegisterUserService(
            UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public User register(RegisterUserCommand command) {
        // refuse taken names before spending a slow hash on them; save() checks again, which covers races
        unitOfWork.run(() -> requireAvailable(command));
        PasswordHash hash = passwordHasher.hash(command.password());
        return unitOfWork.execute(() ->
                users.save(User.register(command.username(), command.email(), hash, command.profile(), clock.now())));
    }

    private void requireAvailable(RegisterUserCommand command) {
        if (users.findByUsername(command.username()).isPresent()) {
            throw UserRefusals.usernameTaken();
        }
        if (users.findByEmail(command.email()).isPresent()) {
            throw UserRefusals.emailTaken();
        }
    }
}
