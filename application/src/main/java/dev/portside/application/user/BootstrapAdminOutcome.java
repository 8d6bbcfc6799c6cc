package dev.portside.application.user;

public enum BootstrapAdminOutcome {
    CREATED,
    /** An account with the username exists and was left alone. */
    ALREADY_EXISTS
}
