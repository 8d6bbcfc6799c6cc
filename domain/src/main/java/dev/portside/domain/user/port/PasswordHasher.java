package dev.portside.domain.user.port;

import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.PlainPassword;

/**
 * Slow, salted password hashing (Argon2id in production). Callers run it outside a unit of work:
 * it is deliberately expensive and must not hold a transaction open.
 */
public interface PasswordHasher {

    /** A fresh salt each time: two hashes of the same password differ. */
    PasswordHash hash(PlainPassword password);

    /** False, never an exception, for a hash this hasher cannot read. */
    boolean matches(PlainPassword password, PasswordHash hash);

    /**
     * Spends about the time of {@link #matches} without a stored hash, for logins naming an unknown
     * user, so that response time does not tell which logins exist.
     */
    void burnEquivalentWork(PlainPassword password);
}
