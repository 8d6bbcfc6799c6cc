package dev.portside.application.user;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class UpdateProfileService implements UpdateProfile {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public UpdateProfileService(UserRepository users, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User update(UpdateProfileCommand command) {
        return unitOfWork.execute(() -> {
            User user = UserAccess.changeable(users, command.actor(), command.userId());
            command.expectedVersion().ifPresent(expected -> {
                if (expected != user.version()) {
                    throw new DomainException(
                            ErrorCode.VERSION_MISMATCH, "user is at version " + user.version() + ", not " + expected);
                }
            });
            User updated =
                    user.updateProfile(user.profile().with(command.firstName(), command.lastName(), command.bio()));
            // nothing changed: keep the version, so an unchanged resource keeps its ETag
            return updated.equals(user) ? user : users.save(updated);
        });
    }
}
