package dev.portside.adapters.http.paging;

import dev.portside.domain.shared.ValidationException;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query values that need more than a type conversion: timestamps that may also be plain dates. */
public final class QueryValues {

    private static final int MAX_TIMESTAMP_LENGTH = 40;

    private QueryValues() {}

    /** An ISO-8601 instant ({@code 2025-01-31T10:00:00Z}) or a date ({@code 2025-01-31}, its start in UTC). */
    public static Optional<Instant> instant(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.length() > MAX_TIMESTAMP_LENGTH) {
            throw new ValidationException(field, "must be an ISO-8601 timestamp or date");
        }
        try {
            return Optional.of(
                    text.length() == 10
                            ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                            : Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be an ISO-8601 timestamp or date");
        }
    }

    public static Optional<String> text(@Nullable String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
