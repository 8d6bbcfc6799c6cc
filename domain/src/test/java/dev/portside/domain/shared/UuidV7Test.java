package dev.portside.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class UuidV7Test {

    /** The order PostgreSQL and MongoDB give UUIDs: byte by byte, so unsigned. */
    private static final Comparator<UUID> STORED_ORDER = Comparator.comparing(
                    UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    @Test
    void ids_made_one_after_another_sort_in_the_order_they_were_made() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(UuidV7.next());
        }

        // Far more ids than milliseconds: most of them share a millisecond with the one before.
        assertStrictlyIncreasing(ids);
    }

    @Test
    void ids_are_version_7_with_the_rfc_variant() {
        UUID id = UuidV7.next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void ids_carry_the_millisecond_they_were_made_in() {
        long before = System.currentTimeMillis();
        UUID id = UuidV7.next();
        long after = System.currentTimeMillis();

        long millis = id.getMostSignificantBits() >>> 16;
        // The counter may carry into the timestamp when a millisecond holds more than 2,048 ids;
        // no test here makes ids that fast for long, so a few milliseconds ahead is the most it can be.
        assertThat(millis).isBetween(before, after + 5);
    }

    @Test
    void ids_made_on_many_threads_are_distinct_and_increase_on_each_thread() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<UUID>>> makers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                makers.add(() -> {
                    List<UUID> made = new ArrayList<>();
                    for (int i = 0; i < 10_000; i++) {
                        made.add(UuidV7.next());
                    }
                    return made;
                });
            }
            Set<UUID> all = new HashSet<>();
            for (Future<List<UUID>> made : threads.invokeAll(makers)) {
                assertStrictlyIncreasing(made.get());
                all.addAll(made.get());
            }

            assertThat(all).hasSize(40_000);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(STORED_ORDER.compare(ids.get(i - 1), ids.get(i)))
                    .as("id %d (%s) after id %d (%s)", i, ids.get(i), i - 1, ids.get(i - 1))
                    .isNegative();
        }
    }
}
