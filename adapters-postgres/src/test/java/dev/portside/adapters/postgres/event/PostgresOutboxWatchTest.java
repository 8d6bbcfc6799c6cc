package dev.portside.adapters.postgres.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.application.event.OutboxWatch;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.event.EventMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** LISTEN/NOTIFY: the watch fires when a unit that wrote events commits, never for one that rolled back. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOutboxWatchTest implements OnTestPostgres {

    @Inject
    OutboxWatch watch;

    @Inject
    Outbox outbox;

    @Inject
    UnitOfWork unitOfWork;

    @Test
    void fires_once_connected_then_for_each_commit_that_wrote_events_and_not_for_rollbacks() throws Exception {
        Semaphore fired = new Semaphore(0);
        try (AutoCloseable watching = watch.watch(fired::release)) {
            assertThat(fired.tryAcquire(10, TimeUnit.SECONDS))
                    .as("fires once it listens")
                    .isTrue();

            assertThatThrownBy(() -> unitOfWork.run(() -> {
                        outbox.append(EventMother.marked("rolled back"));
                        throw new IllegalStateException("refused");
                    }))
                    .isInstanceOf(IllegalStateException.class);
            unitOfWork.run(() -> {});
            assertThat(fired.tryAcquire(500, TimeUnit.MILLISECONDS))
                    .as("nothing committed to the outbox")
                    .isFalse();

            long start = System.nanoTime();
            unitOfWork.run(() -> outbox.append(EventMother.marked("committed")));
            assertThat(fired.tryAcquire(1, TimeUnit.SECONDS))
                    .as("fires after the commit")
                    .isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void reconnects_after_its_connection_is_killed_and_fires_again() throws Exception {
        Semaphore fired = new Semaphore(0);
        try (AutoCloseable watching = watch.watch(fired::release)) {
            assertThat(fired.tryAcquire(10, TimeUnit.SECONDS)).isTrue();

            try (Connection admin = TestPostgres.database().connect();
                    Statement sql = admin.createStatement()) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = 'portside-outbox-listen' and datname = current_database()");
            }

            assertThat(fired.tryAcquire(15, TimeUnit.SECONDS))
                    .as("fires on reconnect")
                    .isTrue();
            fired.drainPermits();
            unitOfWork.run(() -> outbox.append(EventMother.marked("after the reconnect")));
            assertThat(fired.tryAcquire(2, TimeUnit.SECONDS))
                    .as("notifications arrive again")
                    .isTrue();
        }
    }
}
