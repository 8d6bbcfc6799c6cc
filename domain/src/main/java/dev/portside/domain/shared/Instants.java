package dev.portside.domain.shared;

import java.time.Instant;

/**
 * The instants this service can store and compare on every backend: years 1 to 9999 UTC. PostgreSQL's
 * timestamptz and MongoDB's dates both reach further, but not equally far and not through every
 * driver (a year of +999999999 fails in the JDBC driver); the four-digit years are also what ISO-8601
 * without an expanded year sign can write.
 */
public final class Instants {

    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999Z");

    private Instants() {}

    /** Refuses an instant outside {@link #MIN}..{@link #MAX} as invalid {@code field}; null passes. */
    public static Instant supported(String field, Instant instant) {
        if (instant != null && (instant.isBefore(MIN) || instant.isAfter(MAX))) {
            throw new ValidationException(field, "must be between years 0001 and 9999");
        }
        return instant;
    }
}
