package dev.portside.application.user;

/**
 * The account itself only; for anyone else, admins included, the account is not found. The current
 * password must match ({@code invalid_credentials} otherwise).
 */
public interface ChangePassword {

    void change(ChangePasswordCommand command);
}
