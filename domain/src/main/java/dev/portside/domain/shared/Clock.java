package dev.portside.domain.shared;

import java.time.Instant;

/** Where the domain gets "now" from, so rules that depend on time (lockout, reports) are testable. */
@FunctionalInterface
public interface Clock {

    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
