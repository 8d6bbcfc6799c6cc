package dev.portside.bootstrap.wiring;

import dev.portside.application.user.ChangePassword;
import dev.portside.application.user.ChangePasswordService;
import dev.portside.application.user.ChangeRoles;
import dev.portside.application.user.ChangeRolesService;
import dev.portside.application.user.DeleteUser;
import dev.portside.application.user.DeleteUserService;
import dev.portside.application.user.EnsureBootstrapAdmin;
import dev.portside.application.user.EnsureBootstrapAdminService;
import dev.portside.application.user.GetCurrentUser;
import dev.portside.application.user.GetCurrentUserService;
import dev.portside.application.user.GetUser;
import dev.portside.application.user.GetUserService;
import dev.portside.application.user.GetUserStatistics;
import dev.portside.application.user.GetUserStatisticsService;
import dev.portside.application.user.LogIn;
import dev.portside.application.user.LogInService;
import dev.portside.application.user.RegisterUser;
import dev.portside.application.user.RegisterUserService;
import dev.portside.application.user.SearchUsers;
import dev.portside.application.user.SearchUsersService;
import dev.portside.application.user.UpdateProfile;
import dev.portside.application.user.UpdateProfileService;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Composes the user use cases from whichever adapters implement their ports in this configuration. */
@Factory
class UserUseCases {

    @Singleton
    ChangePassword changePassword(UnitOfWork unitOfWork, UserRepository users, PasswordHasher passwordHasher) {
        return new ChangePasswordService(users, passwordHasher, unitOfWork);
    }

    @Singleton
    ChangeRoles changeRoles(UnitOfWork unitOfWork, UserRepository users) {
        return new ChangeRolesService(users, unitOfWork);
    }

    @Singleton
    DeleteUser deleteUser(UnitOfWork unitOfWork, UserRepository users) {
        return new DeleteUserService(users, unitOfWork);
    }

    @Singleton
    EnsureBootstrapAdmin ensureBootstrapAdmin(UnitOfWork unitOfWork, UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new EnsureBootstrapAdminService(users, passwordHasher, unitOfWork, clock);
    }

    @Singleton
    GetCurrentUser getCurrentUser(UnitOfWork unitOfWork, UserRepository users) {
        return new GetCurrentUserService(users, unitOfWork);
    }

    @Singleton
    GetUser getUser(UnitOfWork unitOfWork, UserRepository users) {
        return new GetUserService(users, unitOfWork);
    }

    @Singleton
    GetUserStatistics getUserStatistics(UnitOfWork unitOfWork, UserStatistics statistics, Clock clock) {
        return new GetUserStatisticsService(statistics, unitOfWork, clock);
    }

    @Singleton
    LogIn logIn(UnitOfWork unitOfWork, UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new LogInService(users, passwordHasher, unitOfWork, clock);
    }

    @Singleton
    RegisterUser registerUser(UnitOfWork unitOfWork, UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new RegisterUserService(users, passwordHasher, unitOfWork, clock);
    }

    @Singleton
    SearchUsers searchUsers(UnitOfWork unitOfWork, UserRepository users) {
        return new SearchUsersService(users, unitOfWork);
    }

    @Singleton
    UpdateProfile updateProfile(UnitOfWork unitOfWork, UserRepository users) {
        return new UpdateProfileService(users, unitOfWork);
    }
}
