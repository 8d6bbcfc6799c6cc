package dev.portside.testkit.blog;

import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.Uuids;
import java.util.Comparator;
import java.util.UUID;

/** The orderings the blog's contracts define, written once for the fakes and the suites. */
public final class Ordering {

    private Ordering() {}

    /** UUIDs as PostgreSQL compares them: unsigned, most significant long first (not {@link UUID#compareTo}). */
    public static final Comparator<UUID> UUIDS = Uuids.ORDER;

    /** Binary (code point) order, as PostgreSQL {@code COLLATE "C"} and MongoDB's simple collation. */
    public static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    public static <T> Comparator<T> directed(Comparator<T> comparator, SortDirection direction) {
        return direction == SortDirection.DESC ? comparator.reversed() : comparator;
    }
}
