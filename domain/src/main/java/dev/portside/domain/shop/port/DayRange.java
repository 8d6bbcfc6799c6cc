package dev.portside.domain.shop.port;

import dev.portside.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Whole UTC calendar days {@code first..last}, both included, 1-{@value #MAX_DAYS} of them. */
public record DayRange(LocalDate first, LocalDate last) {

    public static final int MAX_DAYS = 366;

    public DayRange {
        if (first == null || last == null) {
            throw new ValidationException("days", "is required");
        }
        if (first.isAfter(last) || first.plusDays(MAX_DAYS - 1).isBefore(last)) {
            throw new ValidationException("days", "must be between 1 and " + MAX_DAYS);
        }
    }

    /** The {@code days} UTC days that end with the day containing {@code until}. */
    public static DayRange lastDays(int days, Instant until) {
        if (days < 1 || days > MAX_DAYS) {
            throw new ValidationException("days", "must be between 1 and " + MAX_DAYS);
        }
        LocalDate last = LocalDate.ofInstant(until, ZoneOffset.UTC);
        return new DayRange(last.minusDays(days - 1L), last);
    }

    /** The first instant of the range, inclusive. */
    public Instant start() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range, exclusive. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }
}
