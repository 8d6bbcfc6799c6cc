package dev.portside.application.user;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;

public final class GetCurrentUserService implements GetCurrentUser {

    private final UnitOfWork unitOfWork;
    private final UserRepository users;

    public GetCurrentUserService(UnitOfWork unitOfWork, UserRepository users) {
        this.unitOfWork = unitOfWork;
        this.users = users;
    }

    @Override
    public User getCurrentUser(GetCurrentUserQuery query) {
        // a token can outlive its account: a deleted or vanished account no longer authenticates anyone
        return unitOfWork.execute(() -> users.findById(query.actor().id()))
                .filter(user -> !user.isDeleted())
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "the account no longer exists"));
    }
}
