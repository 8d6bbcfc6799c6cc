package dev.portside.domain.user;

/** Lifecycle of an account. A lockout is temporary and kept apart, see {@link User#isLockedAt}. */
public enum UserStatus {
    ACTIVE,
    /** Soft deleted: the row stays, so its username and email stay reserved. */
    DELETED
}
