package dev.portside.bootstrap.wiring;

import dev.portside.application.user.ChangePassword;
import dev.portside.application.user.ChangeRoles;
import dev.portside.application.user.DeleteUser;
import dev.portside.application.user.EnsureBootstrapAdmin;
import dev.portside.application.user.GetCurrentUser;
import dev.portside.application.user.GetUser;
import dev.portside.application.user.GetUserStatistics;
import dev.portside.application.user.LogIn;
import dev.portside.application.user.RegisterUser;
import dev.portside.application.user.SearchUsers;
import dev.portside.application.user.UpdateProfile;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.bootstrap.observability.ObservedUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the user use cases ({@link UserUseCases}) beans over whichever adapters implement their ports in this configuration, each timed (and traced) by {@link ObservedUseCase}. */
@Factory
class UserWiring {

    @Singleton
    UserUseCases userUseCases(UserRepository users, UserStatistics statistics, PasswordHasher passwordHasher, UnitOfWork unitOfWork, Clock clock) {
        return new UserUseCases(users, statistics, passwordHasher, unitOfWork, clock);
    }

    @Singleton
    @ObservedUseCase
    ChangePassword changePassword(UserUseCases user) {
        return user.changePassword();
    }

    @Singleton
    @ObservedUseCase
    ChangeRoles changeRoles(UserUseCases user) {
        return user.changeRoles();
    }

    @Singleton
    @ObservedUseCase
    DeleteUser deleteUser(UserUseCases user) {
        return user.deleteUser();
    }

    @Singleton
    @ObservedUseCase
    EnsureBootstrapAdmin ensureBootstrapAdmin(UserUseCases user) {
        return user.ensureBootstrapAdmin();
    }

    @Singleton
    @ObservedUseCase
    GetCurrentUser getCurrentUser(UserUseCases user) {
        return user.getCurrentUser();
    }

    @Singleton
    @ObservedUseCase
    GetUser getUser(UserUseCases user) {
        return user.getUser();
    }

    @Singleton
    @ObservedUseCase
    GetUserStatistics getUserStatistics(UserUseCases user) {
        return user.getUserStatistics();
    }

    @Singleton
    @ObservedUseCase
    LogIn logIn(UserUseCases user) {
        return user.logIn();
    }

    @Singleton
    @ObservedUseCase
    RegisterUser registerUser(UserUseCases user) {
        return user.registerUser();
    }

    @Singleton
    @ObservedUseCase
    SearchUsers searchUsers(UserUseCases user) {
        return user.searchUsers();
    }

    @Singleton
    @ObservedUseCase
    UpdateProfile updateProfile(UserUseCases user) {
        return user.updateProfile();
    }
}
