package dev.portside.adapters.crypto;

import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.port.PasswordHasher;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id with the OWASP parameters (m = 19456 KiB, t = 2, p = 1), through Bouncy Castle, encoded
 * as a PHC string: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}. Verification reads the
 * parameters from the stored string, so hashes made with older parameters keep working after a change.
 *
 * <p>Each derivation allocates its 19 MiB of memory cost on the heap, so the number running at once is
 * bounded ({@code portside.security.max-concurrent-hashes}, default: the processor count, since the work
 * is CPU-bound anyway): a burst of logins or registrations queues instead of exhausting the heap.
 */
@Singleton
final class Argon2PasswordHasher implements PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    // bounds for parameters read from a stored hash, so a corrupt row cannot demand gigabytes
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 10;
    private static final int MAX_PARALLELISM = 8;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    /**
     * What logins naming an unknown user verify against, so that they cost what a real check costs.
     * Made at the first such login, not in the constructor: an Argon2 derivation at startup is start
     * time spent for nothing (issue 14).
     */
    private volatile @Nullable PasswordHash dummy;

    private final Semaphore derivations;

    Argon2PasswordHasher() {
        this(Runtime.getRuntime().availableProcessors());
    }

    @Inject
    Argon2PasswordHasher(@Value("${portside.security.max-concurrent-hashes:0}") int maxConcurrentHashes) {
        int permits = maxConcurrentHashes > 0
                ? maxConcurrentHashes
                : Runtime.getRuntime().availableProcessors();
        this.derivations = new Semaphore(permits, true);
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return new PasswordHash("$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash));
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return Encoded.parse(hash.value())
                .map(encoded -> MessageDigest.isEqual(
                        encoded.hash(),
                        derive(
                                password,
                                encoded.salt(),
                                encoded.memoryKib(),
                                encoded.iterations(),
                                encoded.parallelism(),
                                encoded.hash().length)))
                .orElse(false);
    }

    @Override
    public void burnEquivalentWork(PlainPassword password) {
        matches(password, dummy());
    }

    private PasswordHash dummy() {
        PasswordHash made = dummy;
        if (made == null) {
            byte[] unguessable = new byte[24];
            random.nextBytes(unguessable);
            made = hash(new PlainPassword(B64.encodeToString(unguessable)));
            dummy = made; // two first logins at once may both make one: harmless, either is unguessable
        }
        return made;
    }

    private byte[] derive(
            PlainPassword password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        derivations.acquireUninterruptibly();
        try {
            return deriveNow(password, salt, memoryKib, iterations, parallelism, length);
        } finally {
            derivations.release();
        }
    }

    private static byte[] deriveNow(
            PlainPassword password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.value().getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private record Encoded(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static Optional<Encoded> parse(String text) {
            Matcher matcher = PHC.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            int memory = Integer.parseInt(matcher.group(1));
            int iterations = Integer.parseInt(matcher.group(2));
            int parallelism = Integer.parseInt(matcher.group(3));
            if (parallelism < 1
                    || parallelism > MAX_PARALLELISM
                    || iterations < 1
                    || iterations > MAX_ITERATIONS
                    || memory < 8 * parallelism
                    || memory > MAX_MEMORY_KIB) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Encoded(
                        memory,
                        iterations,
                        parallelism,
                        B64_DECODER.decode(matcher.group(4)),
                        B64_DECODER.decode(matcher.group(5))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
