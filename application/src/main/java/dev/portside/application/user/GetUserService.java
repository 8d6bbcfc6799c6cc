package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class GetUserService implements GetUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public GetUserService(UserRepository users, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User get(GetUserQuery query) {
        return unitOfWork.read(() -> UserAccess.readable(users, query.actor(), query.userId()));
    }
}
