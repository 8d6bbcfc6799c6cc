package dev.portside.adapters.postgres.event;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives committed outbox events their positions (V7__outbox_numbered_after_commit.sql, ADR 21). The
 * writing instance asks for a numbering after each event-writing commit ({@link #request}); one
 * thread runs them, so a writer waits neither for the numbering nor for another writer, and requests
 * that arrive while a numbering runs are folded into the next one: under load one numbering covers
 * many commits. A failed numbering is not retried here, since every reader numbers before it reads
 * ({@link #numberNow}), at least once per poll interval: a failure delays delivery by that much at
 * most, and loses nothing.
 */
@Singleton
@PostgresAdapter
final class OutboxNumbering {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxNumbering.class);

    private final OutboxEventRows rows;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    OutboxNumbering(OutboxEventRows rows) {
        this.rows = rows;
        this.thread = new Thread(this::run, "portside-outbox-number");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks for a numbering soon, after a commit that wrote events; returns at once. */
    void request() {
        wake.release();
    }

    /** Numbers on the caller's thread, for a reader about to read. */
    void numberNow() {
        rows.number();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                wake.acquire();
            } catch (InterruptedException e) {
                return;
            }
            // requests drained before numbering: each came after its commit, which this numbering's
            // snapshot sees; a commit that asks from now on wakes the next one
            wake.drainPermits();
            try {
                rows.number();
                if (failing) {
                    LOG.info("numbering outbox events again");
                }
                failing = false;
            } catch (RuntimeException failure) {
                if (running && !failing) {
                    LOG.warn(
                            "numbering outbox events failed ({}); readers number them when they next read",
                            failure.getMessage());
                }
                failing = true;
            }
        }
    }
}
