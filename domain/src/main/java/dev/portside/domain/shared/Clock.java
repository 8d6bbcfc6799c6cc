package dev.portside.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where the domain gets "now" from, so rules that depend on time (lockout, reports) are testable. */
@FunctionalInterface
public interface Clock {

    Instant now();

    /**
     * The system clock at millisecond precision: the finest both backends store (MongoDB keeps
     * milliseconds), so an aggregate reads back exactly as it was saved on either.
     */
    static Clock system() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
