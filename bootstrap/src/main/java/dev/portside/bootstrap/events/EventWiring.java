package dev.portside.bootstrap.events;

import dev.portside.application.event.EventHub;
import dev.portside.application.event.OutboxRetention;
import dev.portside.application.event.OutboxWatch;
import dev.portside.application.event.SubscribeToEvents;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.Clock;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The live-event delivery over whichever outbox and watch the storage adapter provides. The hub is
 * created, and its dispatcher thread and watch (PostgreSQL's LISTEN connection, a MongoDB change
 * stream) started, with the first subscriber: an instance nobody subscribes to pays nothing for it.
 */
@Factory
class EventWiring {

    /** Events deleted per statement by the retention job. */
    static final int CLEANUP_BATCH = 1_000;

    @Singleton
    @Bean(preDestroy = "close")
    EventHub eventHub(OutboxFeed feed, OutboxWatch watch, Clock clock, EventSettings settings) {
        EventHub hub = new EventHub(feed, watch, clock, settings.hub());
        hub.start();
        return hub;
    }

    @Singleton
    SubscribeToEvents subscribeToEvents(EventHub hub) {
        return hub;
    }

    @Singleton
    OutboxRetention outboxRetention(OutboxFeed feed, Clock clock, EventSettings settings) {
        return new OutboxRetention(
                feed,
                clock,
                settings.retention(),
                Math.min(CLEANUP_BATCH, settings.cleanupMaxPerRun()),
                settings.cleanupMaxPerRun());
    }
}
