package dev.portside.testkit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.Topic;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every outbox must guarantee (ADR 21, ADR 22): an event is stored exactly when its unit commits,
 * ids increase in the order events become readable so that a reader remembering its last id never
 * skips an event, and the
 * retention delete is bounded and keeps the newest event. Suites run against one database per test
 * class, so assertions are relative to what each test wrote.
 */
public abstract class OutboxContract {

    // injected when an adapter's suite runs as a Micronaut test; in-memory suites override the accessors
    @Inject
    private Outbox outbox;

    @Inject
    private OutboxFeed feed;

    @Inject
    private UnitOfWork unitOfWork;

    protected Outbox outbox() {
        return outbox;
    }

    protected OutboxFeed feed() {
        return feed;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /**
     * Stores {@code count} events of {@code type}, a type this build does not know, straight into the
     * outbox (SQL, the driver), as a newer version of the service would during a rolling deploy. Only a
     * database can hold them: the in-memory outbox keeps domain events, so there the tests that need
     * this are skipped.
     */
    protected void storeEventsOfUnknownType(String type, int count) {
        Assumptions.abort("this outbox holds only events of the types this build knows");
    }

    private static String unknownType() {
        return "test.future_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String marker() {
        return "m-" + UUID.randomUUID();
    }

    private List<StoredEvent> readAllAfter(long afterId) {
        List<StoredEvent> all = new ArrayList<>();
        long position = afterId;
        while (true) {
            List<StoredEvent> batch = feed().readAfter(position, 100);
            if (batch.isEmpty()) {
                return all;
            }
            all.addAll(batch);
            position = batch.get(batch.size() - 1).id();
        }
    }

    private List<String> markersAfter(long afterId) {
        return readAllAfter(afterId).stream()
                .map(stored -> EventMother.markerOf(stored.event()))
                .toList();
    }

    @Test
    void events_are_stored_when_their_unit_commits_in_append_order_with_increasing_ids() {
        long before = feed().lastId();
        String first = marker();
        String second = marker();
        String third = marker();

        unitOfWork().run(() -> {
            outbox().append(EventMother.marked(first));
            outbox().append(EventMother.marked(second));
        });
        unitOfWork().run(() -> outbox().append(EventMother.marked(third)));

        List<StoredEvent> stored = readAllAfter(before);
        assertThat(stored).extracting(s -> EventMother.markerOf(s.event())).containsExactly(first, second, third);
        assertThat(stored.get(0).id()).isGreaterThan(before);
        assertThat(stored.get(1).id()).isGreaterThan(stored.get(0).id());
        assertThat(stored.get(2).id()).isGreaterThan(stored.get(1).id());
        assertThat(feed().lastId()).isEqualTo(stored.get(2).id());
    }

    /**
     * A reader on another thread while the unit runs sees nothing of it: either it reads what is
     * committed (the databases) or it waits until the unit ends (the in-memory fake's lock).
     */
    @Test
    void nothing_is_visible_before_the_unit_commits() throws Exception {
        long before = feed().lastId();
        ExecutorService outside = Executors.newSingleThreadExecutor();
        AtomicLong readDone = new AtomicLong();
        AtomicLong unitDone = new AtomicLong();
        try {
            List<Future<List<StoredEvent>>> reads = new ArrayList<>();
            unitOfWork().run(() -> {
                outbox().append(EventMother.marked(marker()));
                // the outbox writes at the end of the unit; this action runs after it, still before the commit
                whileTheUnitIsOpen(
                        () -> reads.add(outside.submit(() -> {
                            List<StoredEvent> seen = feed().readAfter(before, 10);
                            readDone.set(System.nanoTime());
                            return seen;
                        })),
                        unitDone);
            });
            List<StoredEvent> seen = reads.get(0).get(10, TimeUnit.SECONDS);
            if (!seen.isEmpty()) {
                assertThat(readDone.get())
                        .as("a read that saw the event waited for the unit to end")
                        .isGreaterThan(unitDone.get());
            }
        } finally {
            outside.shutdownNow();
        }
        assertThat(readAllAfter(before)).hasSize(1);
    }

    private void whileTheUnitIsOpen(Runnable readFromOutside, AtomicLong unitDone) {
        Runnable readAndWait = () -> {
            readFromOutside.run();
            pause(300);
            unitDone.set(System.nanoTime());
        };
        if (unitOfWork() instanceof RetryingUnitOfWork retrying) {
            retrying.beforeCommit(readAndWait);
        } else {
            readAndWait.run();
        }
    }

    @Test
    void a_rolled_back_unit_stores_no_event() {
        long before = feed().lastId();
        String committed = marker();

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    outbox().append(EventMother.marked(marker()));
                    throw new IllegalStateException("refused after the append");
                }))
                .isInstanceOf(IllegalStateException.class);
        unitOfWork().run(() -> outbox().append(EventMother.marked(committed)));

        assertThat(markersAfter(before)).containsExactly(committed);
    }

    @Test
    void a_rerun_unit_stores_only_the_events_of_its_last_run() {
        long before = feed().lastId();
        AtomicInteger attempts = new AtomicInteger();
        List<String> written = Collections.synchronizedList(new ArrayList<>());

        unitOfWork().run(() -> {
            String m = marker();
            written.add(m);
            outbox().append(EventMother.marked(m));
            if (attempts.incrementAndGet() == 1) {
                throw new VersionConflictException("first attempt loses");
            }
        });

        assertThat(markersAfter(before)).containsExactly(written.get(1));
    }

    @Test
    void every_field_reads_back_as_written() {
        long before = feed().lastId();
        UserId owner = UserId.newId();
        UUID account = UUID.randomUUID();
        DomainEvent event = new DomainEvent(
                EventType.TRANSFER_BOOKED,
                account,
                Topic.account(account),
                Audience.ownerAndAdmins(owner),
                EventData.builder()
                        .put("reference", "Miete \"März\" \u00e9\u4e2d\ud83d\ude00\n")
                        .put("amount", "12.50")
                        .put("count", 3)
                        .put("none", (String) null)
                        .putStrings("tags", List.of("a", "b"))
                        .build());
        DomainEvent everyone = new DomainEvent(
                EventType.COMMENT_ADDED,
                UUID.randomUUID(),
                Topic.commentsOf(UUID.randomUUID()),
                Audience.everyone(),
                EventData.builder().build());
        Instant start = Instant.now().minusSeconds(60);

        unitOfWork().run(() -> {
            outbox().append(event);
            outbox().append(everyone);
        });

        List<StoredEvent> stored = readAllAfter(before);
        assertThat(stored).extracting(StoredEvent::event).containsExactly(event, everyone);
        assertThat(stored.get(0).storedAt()).isBetween(start, Instant.now().plusSeconds(60));
    }

    @Test
    void read_after_starts_after_the_position_and_stops_at_the_limit() {
        long before = feed().lastId();
        List<String> markers = List.of(marker(), marker(), marker(), marker());
        for (String m : markers) {
            unitOfWork().run(() -> outbox().append(EventMother.marked(m)));
        }
        List<StoredEvent> all = readAllAfter(before);

        List<StoredEvent> firstTwo = feed().readAfter(before, 2);
        List<StoredEvent> rest = feed().readAfter(firstTwo.get(1).id(), 10);

        assertThat(firstTwo).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(rest).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(feed().readAfter(all.get(3).id(), 10)).isEmpty();
    }

    /**
     * Events of a type this build does not know (a newer version wrote them) are passed over, never
     * thrown at: more of them than the limit in a row, so that whole batches hold nothing known, do not
     * end the read before the known event behind them.
     */
    @Test
    void events_of_an_unknown_type_are_skipped_even_when_a_whole_batch_is_made_of_them() {
        long before = feed().lastId();
        String first = marker();
        String second = marker();
        unitOfWork().run(() -> outbox().append(EventMother.marked(first)));
        storeEventsOfUnknownType(unknownType(), 7);
        unitOfWork().run(() -> outbox().append(EventMother.marked(second)));

        List<StoredEvent> known = feed().readAfter(before, 3);
        assertThat(known).extracting(s -> EventMother.markerOf(s.event())).containsExactly(first, second);
        assertThat(feed().readAfter(known.get(0).id(), 3)).containsExactly(known.get(1));
        assertThat(feed().readAfter(known.get(0).id(), 1))
                .as("seven batches of one unknown event each, then the known one")
                .containsExactly(known.get(1));
        assertThat(feed().readAfter(before, 1)).containsExactly(known.get(0));
        assertThat(feed().readAfter(known.get(1).id(), 3)).isEmpty();
        assertThat(feed().lastId()).isEqualTo(known.get(1).id());
        assertThat(readAllAfter(before)).containsExactlyElementsOf(known);
    }

    /**
     * Unknown events at the end of the outbox end a read like the end itself (an empty answer still
     * means "nothing known after that id"), and the known event that commits after them is found by the
     * next read from the same position.
     */
    @Test
    void unknown_events_at_the_end_read_as_the_end_until_a_known_one_follows() {
        long before = feed().lastId();
        String first = marker();
        String later = marker();
        unitOfWork().run(() -> outbox().append(EventMother.marked(first)));
        storeEventsOfUnknownType(unknownType(), 5);

        List<StoredEvent> known = feed().readAfter(before, 2);
        assertThat(known).extracting(s -> EventMother.markerOf(s.event())).containsExactly(first);
        long position = known.get(0).id();
        assertThat(feed().readAfter(position, 2)).isEmpty();
        assertThat(feed().readAfter(position, 2))
                .as("read again from the same position")
                .isEmpty();
        assertThat(feed().lastId()).as("the unknown events are stored").isGreaterThan(position);

        storeEventsOfUnknownType(unknownType(), 3);
        unitOfWork().run(() -> outbox().append(EventMother.marked(later)));

        assertThat(feed().readAfter(position, 2))
                .extracting(s -> EventMother.markerOf(s.event()))
                .containsExactly(later);
        assertThat(feed().readAfter(before, 10))
                .extracting(s -> EventMother.markerOf(s.event()))
                .containsExactly(first, later);
    }

    /**
     * The promise that makes resuming safe: a reader that polls with its last id while many units
     * commit concurrently ends up with every committed event. Each unit waits a little after its
     * events were written and before it commits, so that a later unit would commit first if the
     * storage let it.
     */
    @Test
    void a_reader_following_concurrent_units_never_skips_an_event() throws Exception {
        int writers = 4;
        int unitsPerWriter = 25;
        long before = feed().lastId();
        Set<String> committed = ConcurrentHashMap.newKeySet();
        List<String> readInOrder = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                long position = before;
                start.await();
                while (true) {
                    boolean last = !writing.get();
                    List<StoredEvent> batch = feed().readAfter(position, 50);
                    for (StoredEvent stored : batch) {
                        assertThat(stored.id()).isGreaterThan(position);
                        readInOrder.add(EventMother.markerOf(stored.event()));
                        position = stored.id();
                    }
                    if (last && batch.isEmpty()) {
                        return null;
                    }
                }
            });
            List<Future<?>> writing_ = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                writing_.add(pool.submit(() -> {
                    start.await();
                    for (int u = 0; u < unitsPerWriter; u++) {
                        String m = marker();
                        unitOfWork().run(() -> {
                            outbox().append(EventMother.marked(m));
                            delayTheCommit();
                        });
                        committed.add(m);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writing_) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(committed).hasSize(writers * unitsPerWriter);
        assertThat(readInOrder).as("what the following reader saw").containsExactlyInAnyOrderElementsOf(committed);
        assertThat(readInOrder).as("read once, in id order").containsExactlyElementsOf(markersAfter(before));
    }

    /**
     * Holds the unit open for a moment after the outbox wrote its events (a before-commit action
     * registered after the outbox's own runs after it), so that units overlap at their commits.
     */
    private void delayTheCommit() {
        if (unitOfWork() instanceof RetryingUnitOfWork retrying) {
            retrying.beforeCommit(() -> pause(ThreadLocalRandom.current().nextInt(0, 4)));
        } else {
            pause(ThreadLocalRandom.current().nextInt(0, 4));
        }
    }

    private static void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_retention_delete_is_bounded_oldest_first_and_keeps_the_newest_event() {
        Instant future = Instant.now().plus(Duration.ofDays(1));
        while (feed().deleteStoredBefore(future, 1000) > 0) {
            // clear what earlier tests left, but for the newest event
        }
        int leftover = readAllAfter(0).size();
        assertThat(leftover).as("only the newest event survives").isLessThanOrEqualTo(1);
        List<String> markers = List.of(marker(), marker(), marker());
        for (String m : markers) {
            unitOfWork().run(() -> outbox().append(EventMother.marked(m)));
        }
        Instant firstStored = readAllAfter(0).get(leftover).storedAt();

        assertThat(feed().deleteStoredBefore(firstStored, 10))
                .as("only what came before")
                .isEqualTo(leftover);
        assertThat(feed().deleteStoredBefore(future, 1)).as("at most the limit").isEqualTo(1);
        assertThat(markersAfter(0)).containsExactly(markers.get(1), markers.get(2));
        assertThat(feed().deleteStoredBefore(future, 10)).as("the newest stays").isEqualTo(1);
        assertThat(markersAfter(0)).containsExactly(markers.get(2));
        assertThat(feed().lastId()).isEqualTo(readAllAfter(0).get(0).id());
    }
}
