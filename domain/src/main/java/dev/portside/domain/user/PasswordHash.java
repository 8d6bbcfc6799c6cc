package dev.portside.domain.user;

import java.util.Objects;

/**
 * The encoded output of a {@code PasswordHasher} (algorithm, parameters, salt and hash in one string).
 * Opaque to the domain; only the hasher that produced it can check a password against it.
 */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a password hash cannot be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
