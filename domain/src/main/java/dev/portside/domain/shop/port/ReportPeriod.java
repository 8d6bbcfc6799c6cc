package dev.portside.domain.shop.port;

import dev.portside.domain.shared.Instants;
import dev.portside.domain.shared.ValidationException;
import java.time.Instant;

/** A half-open period {@code [from, to)} on order creation time. */
public record ReportPeriod(Instant from, Instant to) {

    public ReportPeriod {
        if (from == null) {
            throw new ValidationException("from", "is required");
        }
        if (to == null) {
            throw new ValidationException("to", "is required");
        }
        Instants.supported("from", from);
        Instants.supported("to", to);
        if (!from.isBefore(to)) {
            throw new ValidationException("to", "must be after from");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
