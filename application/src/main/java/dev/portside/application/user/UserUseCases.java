package dev.portside.application.user;

import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;

/**
 * The user use cases over their ports: the one place that knows which service needs which port.
 * Bootstrap's composition root and the tests (the HTTP adapter's in-memory backend, this module's
 * fixtures) all build the use cases through it, with whichever adapters or fakes implement the ports.
 * Services hold no state, so each call may build a new one; callers keep what they build.
 */
public final class UserUseCases {

    private final UserRepository users;
    private final UserStatistics statistics;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UserUseCases(UserRepository users, UserStatistics statistics, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        this.users = users;
        this.statistics = statistics;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public ChangePassword changePassword() {
        return new ChangePasswordService(unitOfWork, users, passwordHasher);
    }

    public ChangeRoles changeRoles() {
        return new ChangeRolesService(unitOfWork, users);
    }

    public DeleteUser deleteUser() {
        return new DeleteUserService(unitOfWork, users);
    }

    public EnsureBootstrapAdmin ensureBootstrapAdmin() {
        return new EnsureBootstrapAdminService(unitOfWork, users, passwordHasher, clock);
    }

    public GetCurrentUser getCurrentUser() {
        return new GetCurrentUserService(unitOfWork, users);
    }

    public GetUser getUser() {
        return new GetUserService(unitOfWork, users);
    }

    public GetUserStatistics getUserStatistics() {
        return new GetUserStatisticsService(unitOfWork, statistics, clock);
    }

    public LogIn logIn() {
        return new LogInService(unitOfWork, users, passwordHasher, clock);
    }

    public RegisterUser registerUser() {
        return new RegisterUserService(unitOfWork, users, passwordHasher, clock);
    }

    public SearchUsers searchUsers() {
        return new SearchUsersService(unitOfWork, users);
    }

    public UpdateProfile updateProfile() {
        return new UpdateProfileService(unitOfWork, users);
    }
}
