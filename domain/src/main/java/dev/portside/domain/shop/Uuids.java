package dev.portside.domain.shop;

import dev.portside.domain.shared.ValidationException;
import java.util.UUID;

/**
 * UUID helpers the shop's ids share. {@link UUID#compareTo} compares the halves as signed longs,
 * which disagrees with PostgreSQL (and with the string form) for half the ids; locking in a
 * deterministic order needs the storage order, so ids compare unsigned, most significant half first.
 */
final class Uuids {

    private Uuids() {
    }

    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static UUID parse(String field, String text) {
        if (text == null || text.length() != 36) {
            throw new ValidationException(field, "must be a UUID");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID");
        }
    }
}
