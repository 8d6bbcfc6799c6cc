package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

/** Verifies and hashes outside any unit of work, since both are deliberately slow. */
public final class ChangePasswordService implements ChangePassword {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final PasswordHasher passwordHasher;

    public ChangePasswordService(UserRepository users, PasswordHasher passwordHasher, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
        this.passwordHasher = Objects.requireNonNull(passwordHasher, "passwordHasher");
    }

    @Override
    public void change(ChangePasswordCommand command) {
        UserId id = command.userId();
        if (!command.actor().is(id)) {
            throw UserRefusals.userNotFound();
        }
        User seen = unitOfWork.execute(() -> UserAccess.changeable(users, command.actor(), id));
        if (!passwordHasher.matches(command.currentPassword(), seen.passwordHash())) {
            throw UserRefusals.invalidCredentials();
        }
        PasswordHash newHash = passwordHasher.hash(command.newPassword());
        unitOfWork.run(() -> {
            User user = UserAccess.changeable(users, command.actor(), id);
            // changed by someone else since we verified: the current password is no longer proven
            if (!user.passwordHash().equals(seen.passwordHash())) {
                throw UserRefusals.invalidCredentials();
            }
            users.save(user.changePassword(newHash));
        });
    }
}
