package dev.portside.domain.user;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;

/**
 * The user refusals with their API codes, in one place so that use cases and adapters (which translate
 * unique-key violations) say exactly the same thing.
 */
public final class UserRefusals {

    private UserRefusals() {}

    public static DomainException usernameTaken() {
        return new DomainException(ErrorCode.USERNAME_TAKEN, "username is already taken");
    }

    public static DomainException emailTaken() {
        return new DomainException(ErrorCode.EMAIL_TAKEN, "email is already registered");
    }

    /** Deliberately the same for an unknown login, a wrong password, a locked and a deleted account. */
    public static DomainException invalidCredentials() {
        return new DomainException(ErrorCode.INVALID_CREDENTIALS, "invalid login or password");
    }

    public static DomainException userNotFound() {
        return DomainException.notFound("user");
    }
}
