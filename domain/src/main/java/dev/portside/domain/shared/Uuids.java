package dev.portside.domain.shared;

import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;

/** How every typed id parses and orders its UUID, identically on every backend. */
public final class Uuids {

    /**
     * UUIDs as PostgreSQL (and the canonical string form) order them: both halves unsigned, most
     * significant first. {@link UUID#compareTo} compares signed longs and disagrees for half of all ids;
     * lock order must be the same everywhere or concurrent units can deadlock.
     */
    public static final Comparator<UUID> ORDER = Uuids::compare;

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {}

    public static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /**
     * Parses the canonical 36-character form only; {@link UUID#fromString} also accepts shortened
     * groups like "1-1-1-1-1", which would give one id two spellings.
     */
    public static UUID parse(String field, String text) {
        if (text == null) {
            throw new ValidationException(field, "is required");
        }
        if (!CANONICAL.matcher(text).matches()) {
            throw new ValidationException(field, "must be a UUID");
        }
        return UUID.fromString(text);
    }
}
