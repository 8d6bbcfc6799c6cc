package dev.portside.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxReadingTest {

    private record Row(long id, String type) {}

    /** An outbox of rows in id order that records where each read started. */
    private static final class Rows implements OutboxReading.Rows<Row> {

        final List<Row> stored = new ArrayList<>();
        final List<Long> readsAfter = new ArrayList<>();

        Rows add(String type, int count) {
            for (int i = 0; i < count; i++) {
                stored.add(new Row(stored.size() + 1, type));
            }
            return this;
        }

        @Override
        public List<Row> after(long afterId, int limit) {
            readsAfter.add(afterId);
            return stored.stream().filter(r -> r.id() > afterId).limit(limit).toList();
        }

        @Override
        public long id(Row row) {
            return row.id();
        }

        @Override
        public String type(Row row) {
            return row.type();
        }

        @Override
        public StoredEvent event(Row row, EventType type) {
            return new StoredEvent(
                    row.id(),
                    new DomainEvent(
                            type, UUID.randomUUID(), Topic.POSTS, Audience.everyone(), EventData.ofStored("{}")),
                    Instant.EPOCH);
        }
    }

    private static final String KNOWN = EventType.POST_PUBLISHED.wireName();

    private final List<String> firstSkips = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private OutboxReading reading() {
        OutboxReading reading = new OutboxReading((type, id) -> firstSkips.add(type + "@" + id));
        reading.observeSkipped(skipped::add);
        return reading;
    }

    private static String unknownType() {
        return "test.future_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Long> ids(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::id).toList();
    }

    @Test
    void batches_made_only_of_unknown_rows_do_not_end_the_read() {
        String future = unknownType();
        Rows rows = new Rows().add(KNOWN, 1).add(future, 7).add(KNOWN, 1);
        OutboxReading reading = reading();

        assertThat(ids(reading.readAfter(0, 3, rows))).containsExactly(1L, 9L);
        assertThat(ids(reading.readAfter(1, 1, rows))).containsExactly(9L);
        assertThat(ids(reading.readAfter(9, 3, rows))).isEmpty();
    }

    @Test
    void a_full_answer_stops_at_the_limit_without_reading_further() {
        Rows rows = new Rows().add(KNOWN, 2).add(unknownType(), 2).add(KNOWN, 5);
        OutboxReading reading = reading();

        assertThat(ids(reading.readAfter(0, 4, rows))).containsExactly(1L, 2L, 5L, 6L);
        assertThat(rows.readsAfter).containsExactly(0L, 4L);
    }

    @Test
    void each_unknown_type_is_reported_once_per_process_and_each_skipped_row_counted_once_per_outbox() {
        String future = unknownType();
        String other = unknownType();
        Rows rows = new Rows()
                .add(future, 2)
                .add(KNOWN, 1)
                .add(other, 1)
                .add(future, 1)
                .add(KNOWN, 1);
        OutboxReading reading = reading();

        reading.readAfter(0, 10, rows);
        reading.readAfter(0, 1, rows); // a client resuming from further back reads the same rows again
        reading().readAfter(0, 10, rows); // another outbox of the same process

        assertThat(firstSkips).containsExactly(future + "@1", other + "@4");
        assertThat(skipped).containsExactly(future, future, other, future, future, future, other, future);
    }

    @Test
    void the_unknown_rows_after_the_last_known_one_are_not_read_again_from_the_same_position() {
        String future = unknownType();
        Rows rows = new Rows().add(KNOWN, 1).add(future, 5);
        OutboxReading reading = reading();

        assertThat(ids(reading.readAfter(0, 2, rows))).containsExactly(1L);
        rows.readsAfter.clear();
        assertThat(ids(reading.readAfter(1, 2, rows))).isEmpty();
        assertThat(rows.readsAfter).as("starts after the last unknown row").containsExactly(6L);

        rows.add(future, 2).add(KNOWN, 1);
        assertThat(ids(reading.readAfter(1, 2, rows))).containsExactly(9L);
        assertThat(ids(reading.readAfter(0, 2, rows)))
                .as("other positions read everything")
                .containsExactly(1L, 9L);
    }
}
