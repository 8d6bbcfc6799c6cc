package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.port.UserRepository;

public final class ChangeRolesService implements ChangeRoles {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public ChangeRolesService(UnitOfWork unitOfWork, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
    }

    @Override
    public User changeRoles(ChangeRolesCommand command) {
        command.actor().requireRole(Role.ADMIN);
        return unitOfWork.execute(() -> {
            User user = users.findById(command.userId())
                    .filter(found -> !found.isDeleted())
                    .orElseThrow(UserRefusals::userNotFound);
            User updated = user.changeRoles(command.roles());
            return updated.equals(user) ? user : users.save(updated);
        });
    }
}
