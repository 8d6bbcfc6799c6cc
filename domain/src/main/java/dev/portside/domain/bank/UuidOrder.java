package dev.portside.domain.bank;

import java.util.UUID;

/**
 * Orders UUIDs the way PostgreSQL compares them: both halves as unsigned numbers, most significant
 * first. {@link UUID#compareTo} compares signed longs, which would disagree with the database for
 * ids whose halves have the top bit set, and lock order must be identical everywhere.
 */
final class UuidOrder {

    private UuidOrder() {
    }

    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
