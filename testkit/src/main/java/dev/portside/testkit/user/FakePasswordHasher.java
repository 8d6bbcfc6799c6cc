package dev.portside.testkit.user;

import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.port.PasswordHasher;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for Argon2 in tests: {@code fake$<salt>$<password reversed>}. Salted, so it passes
 * {@link PasswordHasherContract}, but of course not secret. Counts its calls so tests can check that
 * slow work happens (or is skipped) where it should.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String PREFIX = "fake$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger burns = new AtomicInteger();

    /** The hash a fresh FakePasswordHasher would accept, usable without an instance (object mothers). */
    public static PasswordHash hashOf(String password) {
        byte[] salt = new byte[4];
        RANDOM.nextBytes(salt);
        return new PasswordHash(PREFIX + HexFormat.of().formatHex(salt) + "$" + reversed(password));
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        hashes.incrementAndGet();
        return hashOf(password.value());
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        verifications.incrementAndGet();
        String encoded = hash.value();
        if (!encoded.startsWith(PREFIX)) {
            return false;
        }
        int end = encoded.indexOf('$', PREFIX.length());
        return end >= 0 && encoded.substring(end + 1).equals(reversed(password.value()));
    }

    @Override
    public void burnEquivalentWork(PlainPassword password) {
        burns.incrementAndGet();
    }

    public int hashCount() {
        return hashes.get();
    }

    public int verificationCount() {
        return verifications.get();
    }

    public int burnCount() {
        return burns.get();
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }
}
