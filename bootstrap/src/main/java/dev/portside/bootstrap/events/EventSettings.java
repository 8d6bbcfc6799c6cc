package dev.portside.bootstrap.events;

import dev.portside.application.event.EventHubSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Live events ({@code portside.events.*}, README "Live events"). Checked while the context starts, so
 * a bad value stops the start naming its variable (ADR 12) instead of failing the first subscriber.
 *
 * @param pollInterval              the outbox is read at least this often, whatever the notifications say
 * @param batchSize                 events per outbox read
 * @param heartbeatInterval         an idle stream gets a heartbeat this often
 * @param queueCapacity             events waiting for one subscriber before it is cut off as too slow
 * @param stallTimeout              a subscriber with waiting events that takes none this long is cut off
 * @param maxSubscriptionsPerCaller open streams one user may hold on one instance
 * @param retention                 events older than this are deleted
 * @param cleanupInterval           how often the retention job runs
 * @param cleanupMaxPerRun          events one run deletes at most (in deletes of 1,000)
 */
@Context
@ConfigurationProperties("portside.events")
public record EventSettings(
        @Bindable(defaultValue = "1s") Duration pollInterval,
        @Bindable(defaultValue = "500") int batchSize,
        @Bindable(defaultValue = "15s") Duration heartbeatInterval,
        @Bindable(defaultValue = "1000") int queueCapacity,
        @Bindable(defaultValue = "30s") Duration stallTimeout,
        @Bindable(defaultValue = "5") int maxSubscriptionsPerCaller,
        @Bindable(defaultValue = "7d") Duration retention,
        @Bindable(defaultValue = "1m") Duration cleanupInterval,
        @Bindable(defaultValue = "10000") int cleanupMaxPerRun) {

    public EventSettings {
        positive("poll-interval", pollInterval);
        positive("heartbeat-interval", heartbeatInterval);
        positive("stall-timeout", stallTimeout);
        positive("retention", retention);
        positive("cleanup-interval", cleanupInterval);
        atLeastOne("batch-size", batchSize);
        atLeastOne("queue-capacity", queueCapacity);
        atLeastOne("max-subscriptions-per-caller", maxSubscriptionsPerCaller);
        atLeastOne("cleanup-max-per-run", cleanupMaxPerRun);
    }

    public EventHubSettings hub() {
        return new EventHubSettings(
                pollInterval, batchSize, heartbeatInterval, queueCapacity, stallTimeout, maxSubscriptionsPerCaller);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw invalid(name, "must be a positive duration");
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw invalid(name, "must be at least 1, it is " + value);
        }
    }

    private static ConfigurationException invalid(String name, String rule) {
        return new ConfigurationException("invalid setting PORTSIDE_EVENTS_"
                + name.toUpperCase().replace('-', '_') + " (portside.events." + name + "): " + rule);
    }
}
