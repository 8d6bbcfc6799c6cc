package dev.portside.application.user;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import java.util.Objects;

public final class SearchUsersService implements SearchUsers {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public SearchUsersService(UserRepository users, UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Page<User> search(SearchUsersQuery query) {
        query.actor().requireRole(Role.ADMIN);
        return unitOfWork.read(() -> users.search(query.criteria(), query.page()));
    }
}
