package dev.portside.adapters.mongo.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.adapters.mongo.testsupport.TestMongo;
import dev.portside.application.event.OutboxWatch;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.event.EventMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The change stream: it fires when a unit that wrote events commits, never for one that rolled back.
 * Change streams need a replica set ({@code PORTSIDE_TEST_MONGODB_URI} or Docker); on the in-process
 * server the test is skipped with that reason, and there the watch is none (the delivery polls).
 */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoOutboxWatchTest implements OnTestMongo {

    @Inject
    OutboxWatch watch;

    @Inject
    Outbox outbox;

    @Inject
    UnitOfWork unitOfWork;

    @Test
    void the_change_stream_fires_for_committed_events_only() throws Exception {
        TestMongo.Server server = TestMongo.server();
        assumeTrue(
                server.supportsTransactions(),
                server.source() + " has no change streams (no replica set); set " + TestMongo.URI_VARIABLE
                        + " to a replica set");
        Semaphore fired = new Semaphore(0);
        try (AutoCloseable watching = watch.watch(fired::release)) {
            assertThat(fired.tryAcquire(10, TimeUnit.SECONDS))
                    .as("fires once the stream is open")
                    .isTrue();

            assertThatThrownBy(() -> unitOfWork.run(() -> {
                        outbox.append(EventMother.marked("rolled back"));
                        throw new IllegalStateException("refused");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(fired.tryAcquire(500, TimeUnit.MILLISECONDS)).isFalse();

            unitOfWork.run(() -> outbox.append(EventMother.marked("committed")));
            assertThat(fired.tryAcquire(2, TimeUnit.SECONDS))
                    .as("fires after the commit")
                    .isTrue();
        }
    }

    @Test
    void without_a_replica_set_there_is_no_watch_and_nothing_fires() throws Exception {
        TestMongo.Server server = TestMongo.server();
        assumeTrue(!server.supportsTransactions(), server.source() + " has change streams; the test above covers it");
        Semaphore fired = new Semaphore(0);
        try (AutoCloseable watching = watch.watch(fired::release)) {
            unitOfWork.run(() -> outbox.append(EventMother.marked("polled, not watched")));
            assertThat(fired.tryAcquire(300, TimeUnit.MILLISECONDS)).isFalse();
        }
    }
}
