package dev.portside.application.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;

public final class GetUserService implements GetUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public GetUserService(UnitOfWork unitOfWork, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
    }

    @Override
    public User getUser(GetUserQuery query) {
        return unitOfWork.execute(() -> UserAccess.readable(users, query.actor(), query.userId()));
    }
}
