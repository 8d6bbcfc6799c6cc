package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;

/** Verifies and hashes outside any unit of work, since both are deliberately slow. */
public final class ChangePasswordService implements ChangePassword {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final PasswordHasher passwordHasher;

    public ChangePasswordService(UnitOfWork unitOfWork, UserRepository users, PasswordHasher passwordHasher) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.passwordHasher = passwordHasher;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
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
