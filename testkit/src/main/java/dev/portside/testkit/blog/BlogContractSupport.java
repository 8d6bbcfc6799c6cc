package dev.portside.testkit.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * What every blog contract suite needs from its implementer: a unit of work and a way to create
 * authors. The suites never assume an empty store: each test makes its own authors, tags and text
 * tokens with random suffixes and only asserts on what it created.
 */
public abstract class BlogContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private UnitOfWork unitOfWork;

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /**
     * Stores a user with exactly this username (3-30 characters of {@code [a-zA-Z0-9_.-]}, already
     * unique: the suites add a random suffix) however the implementer stores users, and returns the
     * id and username the blog's listings will show for it.
     */
    protected abstract AuthorRef givenAuthor(String username);

    protected final <T> T inUnit(Supplier<T> work) {
        return unitOfWork().execute(work);
    }

    protected final void inUnit(Runnable work) {
        unitOfWork().run(work);
    }

    /** A username or token no earlier run produced: {@code prefix} (at most 12 characters) + 8 hex digits. */
    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A millisecond instant in a range of centuries that only this test uses, so time-window
     * questions are not disturbed by rows earlier tests or runs left behind.
     */
    protected static Instant uniqueEpoch() {
        long days = ThreadLocalRandom.current().nextLong(0, 300 * 365L);
        return Instant.parse("2200-01-01T00:00:00Z").plus(Duration.ofDays(days));
    }
}
