package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class DeleteUserService implements DeleteUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public DeleteUserService(UserRepository users, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public void delete(DeleteUserCommand command) {
        unitOfWork.run(() -> {
            User user = UserAccess.readable(users, command.actor(), command.userId());
            if (!user.isDeleted()) {
                users.save(user.delete());
            }
        });
    }
}
