package dev.portside.bootstrap.events;

import dev.portside.application.event.OutboxRetention;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox retention every {@code portside.events.cleanup-interval}: each run deletes at most
 * {@code cleanup-max-per-run} events older than {@code retention}, so a backlog is worked off over
 * several runs. Every instance runs it; concurrent runs delete disjoint or already deleted rows. Off in
 * the data migration's contexts ({@code portside.events.cleanup-enabled=false}): a copy writes only
 * what it copies.
 */
@Singleton
@Requires(property = "portside.events.cleanup-enabled", notEquals = "false")
class OutboxRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRetentionJob.class);

    private final OutboxRetention retention;

    OutboxRetentionJob(OutboxRetention retention) {
        this.retention = retention;
    }

    @Scheduled(
            fixedDelay = "${portside.events.cleanup-interval:1m}",
            initialDelay = "${portside.events.cleanup-interval:1m}")
    void purge() {
        try {
            int deleted = retention.purge();
            if (deleted > 0) {
                LOG.info("deleted {} events older than the retention from the outbox", deleted);
            }
        } catch (RuntimeException failure) {
            // storage down: the next run tries again; nothing depends on old events being gone
            LOG.warn("outbox retention run failed", failure);
        }
    }
}
