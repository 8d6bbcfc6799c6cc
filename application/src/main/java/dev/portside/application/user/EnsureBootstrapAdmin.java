package dev.portside.application.user;

/**
 * Run at startup when an admin is configured: creates the account with roles ADMIN and USER unless an
 * account with that username (ignoring case) exists, which is left exactly as it is, whatever its
 * roles, password or status. A configured email taken by another account is refused with
 * {@code email_taken}, so a misconfiguration stops startup instead of passing unnoticed.
 */
public interface EnsureBootstrapAdmin {

    BootstrapAdminOutcome ensure(EnsureBootstrapAdminCommand command);
}
