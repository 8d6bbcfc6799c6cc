package dev.portside.domain.user;

import dev.portside.domain.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user account. Immutable: every behaviour returns a new instance, which the repository saves.
 * The canonical constructor is what adapters use to load stored state; new accounts come from
 * {@link #register}.
 *
 * <p>Login rules: {@value #MAX_FAILED_LOGINS} failed logins in a row lock the account for
 * {@link #LOCKOUT}; a successful login resets the count. A deleted or currently locked account cannot
 * log in, and attempts against it do not count (so they cannot extend a lock).
 */
public record User(
        UserId id,
        Username username,
        EmailAddress email,
        PasswordHash passwordHash,
        Profile profile,
        Set<Role> roles,
        UserStatus status,
        Instant createdAt,
        Optional<Instant> lastLoginAt,
        int failedLoginAttempts,
        Optional<Instant> lockedUntil,
        long version) {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
        roles = requireRoles(roles);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        if (failedLoginAttempts < 0) {
            throw new IllegalArgumentException("failedLoginAttempts cannot be negative");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative");
        }
    }

    /** A new account: active, role USER only, never saved. No registration grants more. */
    public static User register(
            Username username, EmailAddress email, PasswordHash passwordHash, Profile profile, Instant now) {
        return new User(
                UserId.newId(),
                username,
                email,
                passwordHash,
                profile,
                Set.of(Role.USER),
                UserStatus.ACTIVE,
                now,
                Optional.empty(),
                0,
                Optional.empty(),
                0);
    }

    public boolean isDeleted() {
        return status == UserStatus.DELETED;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    public boolean canLogInAt(Instant now) {
        return !isDeleted() && !isLockedAt(now);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Records a login whose password matched. Refused as invalid credentials when the account cannot log in. */
    public User loginSucceeded(Instant now) {
        if (!canLogInAt(now)) {
            throw UserRefusals.invalidCredentials();
        }
        return new User(
                id,
                username,
                email,
                passwordHash,
                profile,
                roles,
                status,
                createdAt,
                Optional.of(now),
                0,
                Optional.empty(),
                version);
    }

    /**
     * Records a login whose password did not match. Against an account that cannot log in it changes
     * nothing: the refusal happens before the password counts, so hammering a locked account does not
     * extend its lock.
     */
    public User loginFailed(Instant now) {
        if (!canLogInAt(now)) {
            return this;
        }
        // a lock that is still recorded has expired (else we could not get here): count afresh
        int attempts = lockedUntil.isPresent() ? 1 : failedLoginAttempts + 1;
        Optional<Instant> lock = attempts >= MAX_FAILED_LOGINS ? Optional.of(now.plus(LOCKOUT)) : Optional.empty();
        return new User(
                id,
                username,
                email,
                passwordHash,
                profile,
                roles,
                status,
                createdAt,
                lastLoginAt,
                attempts,
                lock,
                version);
    }

    public User updateProfile(Profile newProfile) {
        requireNotDeleted();
        return new User(
                id,
                username,
                email,
                passwordHash,
                Objects.requireNonNull(newProfile, "profile"),
                roles,
                status,
                createdAt,
                lastLoginAt,
                failedLoginAttempts,
                lockedUntil,
                version);
    }

    public User changePassword(PasswordHash newHash) {
        requireNotDeleted();
        return new User(
                id,
                username,
                email,
                Objects.requireNonNull(newHash, "passwordHash"),
                profile,
                roles,
                status,
                createdAt,
                lastLoginAt,
                failedLoginAttempts,
                lockedUntil,
                version);
    }

    public User changeRoles(Set<Role> newRoles) {
        requireNotDeleted();
        return new User(
                id,
                username,
                email,
                passwordHash,
                profile,
                newRoles,
                status,
                createdAt,
                lastLoginAt,
                failedLoginAttempts,
                lockedUntil,
                version);
    }

    /** Soft delete. The row stays, so the username and email stay reserved. Deleting twice changes nothing. */
    public User delete() {
        if (isDeleted()) {
            return this;
        }
        return new User(
                id,
                username,
                email,
                passwordHash,
                profile,
                roles,
                UserStatus.DELETED,
                createdAt,
                lastLoginAt,
                failedLoginAttempts,
                lockedUntil,
                version);
    }

    /** The same state at another version; repositories return the saved aggregate through this. */
    public User withVersion(long newVersion) {
        return new User(
                id,
                username,
                email,
                passwordHash,
                profile,
                roles,
                status,
                createdAt,
                lastLoginAt,
                failedLoginAttempts,
                lockedUntil,
                newVersion);
    }

    // A deleted account is gone as far as changes go; callers learn nothing more than "not found".
    private void requireNotDeleted() {
        if (isDeleted()) {
            throw UserRefusals.userNotFound();
        }
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException("roles", "must name at least one role");
        }
        if (roles.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("roles", "must not contain null");
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }
}
