package dev.portside.adapters.postgres.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.FutureEvents;
import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.event.StoredEvent;
import dev.portside.testkit.event.EventMother;
import dev.portside.testkit.event.OutboxContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox contract on PostgreSQL: among others, a reader following concurrent units never skips
 * an event, which holds only because events are numbered after they commit, one numbering at a time
 * (V7__outbox_numbered_after_commit.sql, ADR 21), and rows of a type this build does not know,
 * inserted by SQL, are passed over.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutboxTest extends OutboxContract implements OnTestPostgres {

    @Override
    protected void storeEventsOfUnknownType(String type, int count) {
        FutureEvents.store(type, "users", count);
    }

    /**
     * The numbering looks for unnumbered events only from a horizon on (the oldest transaction running
     * at the last numbering), not through every event ever numbered. A unit that wrote its event and
     * stays open while later units commit and are numbered must hold that horizon back: its event is
     * read, after theirs, once it commits.
     */
    @Test
    void an_event_whose_unit_commits_after_later_ones_were_numbered_is_still_read() throws Exception {
        long before = feed().lastId();
        String early = "early-" + UUID.randomUUID();
        String late = "late-" + UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RetryingUnitOfWork units = (RetryingUnitOfWork) unitOfWork();
        CompletableFuture<Void> earlyUnit = CompletableFuture.runAsync(() -> units.run(() -> {
            outbox().append(EventMother.marked(early));
            // runs after the outbox's insert: the transaction holds its event, uncommitted
            units.beforeCommit(() -> {
                written.countDown();
                await(release);
            });
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

        units.run(() -> outbox().append(EventMother.marked(late)));
        List<StoredEvent> whileOpen = feed().readAfter(before, 10);
        release.countDown();
        earlyUnit.get(10, TimeUnit.SECONDS);
        List<StoredEvent> afterCommit =
                feed().readAfter(whileOpen.get(whileOpen.size() - 1).id(), 10);

        assertThat(whileOpen)
                .extracting(stored -> EventMother.markerOf(stored.event()))
                .containsExactly(late);
        assertThat(afterCommit)
                .extracting(stored -> EventMother.markerOf(stored.event()))
                .containsExactly(early);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
