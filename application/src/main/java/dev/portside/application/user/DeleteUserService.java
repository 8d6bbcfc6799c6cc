package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;

public final class DeleteUserService implements DeleteUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public DeleteUserService(UnitOfWork unitOfWork, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
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
