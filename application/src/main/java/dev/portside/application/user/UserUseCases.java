package dev.portside.application.user;

import dev.portside.application.shared.UseCaseDecorator;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;

/**
 * The user use cases over their ports: the one place that knows which service needs which port.
 * Bootstrap's composition root and the tests (the HTTP adapter's in-memory backend, this module's
 * fixtures) all build the use cases through it, with whichever adapters or fakes implement the ports.
 * Services hold no state, so each call may build a new one; callers keep what they build. Each use case
 * is passed through a {@link UseCaseDecorator} as it is built: the identity, or the composition root's
 * (which times it, ADR 20).
 */
public final class UserUseCases {

    private final UserRepository users;
    private final UserStatistics statistics;
    private final PasswordHasher passwordHasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final UseCaseDecorator decorator;

    /** The use cases as the services themselves (the tests, the HTTP adapter's in-memory backend). */
    public UserUseCases(
            UserRepository users,
            UserStatistics statistics,
            PasswordHasher passwordHasher,
            UnitOfWork unitOfWork,
            Clock clock) {
        this(users, statistics, passwordHasher, unitOfWork, clock, UseCaseDecorator.IDENTITY);
    }

    /** Each use case passed through {@code decorator} as it is built (the composition root's timers). */
    public UserUseCases(
            UserRepository users,
            UserStatistics statistics,
            PasswordHasher passwordHasher,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator decorator) {
        this.users = users;
        this.statistics = statistics;
        this.passwordHasher = passwordHasher;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.decorator = decorator;
    }

    public ChangePassword changePassword() {
        return decorator.decorate(ChangePassword.class, new ChangePasswordService(users, passwordHasher, unitOfWork));
    }

    public ChangeRoles changeRoles() {
        return decorator.decorate(ChangeRoles.class, new ChangeRolesService(users, unitOfWork));
    }

    public DeleteUser deleteUser() {
        return decorator.decorate(DeleteUser.class, new DeleteUserService(users, unitOfWork));
    }

    public EnsureBootstrapAdmin ensureBootstrapAdmin() {
        return decorator.decorate(
                EnsureBootstrapAdmin.class, new EnsureBootstrapAdminService(users, passwordHasher, unitOfWork, clock));
    }

    public GetCurrentUser getCurrentUser() {
        return decorator.decorate(GetCurrentUser.class, new GetCurrentUserService(users, unitOfWork));
    }

    public GetUser getUser() {
        return decorator.decorate(GetUser.class, new GetUserService(users, unitOfWork));
    }

    public GetUserStatistics getUserStatistics() {
        return decorator.decorate(GetUserStatistics.class, new GetUserStatisticsService(statistics, unitOfWork, clock));
    }

    public LogIn logIn() {
        return decorator.decorate(LogIn.class, new LogInService(users, passwordHasher, unitOfWork, clock));
    }

    public RegisterUser registerUser() {
        return decorator.decorate(
                RegisterUser.class, new RegisterUserService(users, passwordHasher, unitOfWork, clock));
    }

    public SearchUsers searchUsers() {
        return decorator.decorate(SearchUsers.class, new SearchUsersService(users, unitOfWork));
    }

    public UpdateProfile updateProfile() {
        return decorator.decorate(UpdateProfile.class, new UpdateProfileService(users, unitOfWork));
    }
}
