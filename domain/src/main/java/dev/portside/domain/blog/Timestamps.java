package dev.portside.domain.blog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Blog timestamps are kept at millisecond precision: MongoDB stores milliseconds and PostgreSQL
 * microseconds, so truncating here makes every backend return exactly what was saved.
 */
final class Timestamps {

    private Timestamps() {}

    static Instant millis(Instant instant, String name) {
        return Objects.requireNonNull(instant, name).truncatedTo(ChronoUnit.MILLIS);
    }
}
