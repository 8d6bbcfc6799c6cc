package dev.portside.application.user;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;

public final class SearchUsersService implements SearchUsers {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public SearchUsersService(UnitOfWork unitOfWork, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
    }

    @Override
    public Page<User> search(SearchUsersQuery query) {
        query.actor().requireRole(Role.ADMIN);
        return unitOfWork.execute(() -> users.search(query.criteria(), query.page()));
    }
}
