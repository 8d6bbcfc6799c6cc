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

    public UserUseCases(
            UserRepository users,
            UserStatistics statistics,
            PasswordHasher passwordHasher,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.users = users;
        this.statistics = statistics;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public ChangePassword changePassword() {
        return new ChangePasswordService(users, passwordHasher, unitOfWork);
    }

    public ChangeRoles changeRoles() {
        return new ChangeRolesService(users, unitOfWork);
    }

    public DeleteUser deleteUser() {
        return new DeleteUserService(users, unitOfWork);
    }

    public EnsureBootstrapAdmin ensureBootstrapAdmin() {
        return new EnsureBootstrapAdminService(users, passwordHasher, unitOfWork, clock);
    }

    public GetCurrentUser getCurrentUser() {
        return new GetCurrentUserService(users, unitOfWork);
    }

    public GetUser getUser() {
        return new GetUserService(users, unitOfWork);
    }

    public GetUserStatistics getUserStatistics() {
        return new GetUserStatisticsService(statistics, unitOfWork, clock);
    }

    public LogIn logIn() {
        return new LogInService(users, passwordHasher, unitOfWork, clock);
    }

    public RegisterUser registerUser() {
        return new RegisterUserService(users, passwordHasher, unitOfWork, clock);
    }

    public SearchUsers searchUsers() {
        return new SearchUsersService(users, unitOfWork);
    }

    public UpdateProfile updateProfile() {
        return new UpdateProfileService(users, unitOfWork);
    }
}
