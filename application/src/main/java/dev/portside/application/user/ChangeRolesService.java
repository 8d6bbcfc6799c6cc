package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class ChangeRolesService implements ChangeRoles {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public ChangeRolesService(UserRepository users, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User change(ChangeRolesCommand command) {
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
