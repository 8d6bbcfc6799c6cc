package dev.portside.application.user;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;
import java.util.Set;

public final class EnsureBootstrapAdminService implements EnsureBootstrapAdmin {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Clock clock;

    public EnsureBootstrapAdminService(
            UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BootstrapAdminOutcome ensure(EnsureBootstrapAdminCommand command) {
        if (unitOfWork.execute(() -> users.findByUsername(command.username()).isPresent())) {
            return BootstrapAdminOutcome.ALREADY_EXISTS;
        }
        PasswordHash hash = passwordHasher.hash(command.password());
        try {
            unitOfWork.run(() ->
                    users.save(User.register(command.username(), command.email(), hash, Profile.empty(), clock.now())
                            .changeRoles(Set.of(Role.ADMIN, Role.USER))));
            return BootstrapAdminOutcome.CREATED;
        } catch (DomainException e) {
            // several instances starting together: one creates it, the others find it taken
            if (e.errorCode() == ErrorCode.USERNAME_TAKEN) {
                return BootstrapAdminOutcome.ALREADY_EXISTS;
            }
            throw e;
        }
    }
}
