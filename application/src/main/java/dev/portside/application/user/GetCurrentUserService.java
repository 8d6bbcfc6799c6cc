package dev.portside.application.user;

import dev.portside.application.shared.UnauthenticatedException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class GetCurrentUserService implements GetCurrentUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public GetCurrentUserService(UserRepository users, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public User get(GetCurrentUserQuery query) {
        // a token can outlive its account: a deleted or vanished account no longer authenticates anyone
        return unitOfWork
                .read(() -> users.findById(query.actor().id()))
                .filter(user -> !user.isDeleted())
                .orElseThrow(() -> new UnauthenticatedException("the account no longer exists"));
    }
}
