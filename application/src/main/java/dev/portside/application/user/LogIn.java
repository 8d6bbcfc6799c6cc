package dev.portside.application.user;

/**
 * Checks a login (username or email) and password. Every refusal is {@code invalid_credentials}:
 * unknown login, wrong password, locked or deleted account look the same to the caller.
 */
public interface LogIn {

    AuthenticatedPrincipal logIn(LogInCommand command);
}
