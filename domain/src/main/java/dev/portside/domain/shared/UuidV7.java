package dev.portside.domain.shared;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generates RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, 12 bits that order ids within a
 * millisecond, then 62 random bits. Ids sort by creation time, index well on both backends and can
 * move between them unchanged.
 *
 * <p>Within one process the ids are strictly increasing (RFC 9562, section 6.2, method 1): the 12
 * bits start at a random value below 2048 in each new millisecond and count up for every further id
 * of that millisecond, carrying into the timestamp if they run out. Lists ordered by creation time
 * break ties of the same millisecond by id, so without this two transfers booked in one millisecond
 * came back in random order.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The last id's timestamp and ordering bits, as {@code millis << 12 | counter}. */
    private static final AtomicLong LAST = new AtomicLong();

    private UuidV7() {}

    public static UUID next() {
        long fresh = (System.currentTimeMillis() << 12) | RANDOM.nextInt(1 << 11);
        long ordered = LAST.updateAndGet(last -> Math.max(fresh, last + 1));
        long msb = ((ordered >>> 12) << 16) | (0x7L << 12) | (ordered & 0xFFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
