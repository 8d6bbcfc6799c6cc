package dev.portside.adapters.http.testing;

import dev.portside.application.event.EventHubSettings;
import java.time.Duration;

/**
 * The event hub's settings in the HTTP tests (bootstrap's end-to-end tests set the same through
 * {@code portside.events.*}): a queue of 256 (a unit writes up to 51 events at once, an order of 50
 * lines, and a subscriber that keeps up must never overflow), so that a subscriber that stops reading
 * is cut off after a few hundred kilobytes, heartbeats every second, and at most three streams per caller.
 */
public final class EventsTestSettings {

    public static final int QUEUE_CAPACITY = 256;
    public static final int MAX_STREAMS_PER_CALLER = 3;

    public static final EventHubSettings HUB = new EventHubSettings(
            Duration.ofMillis(500),
            200,
            Duration.ofSeconds(1),
            QUEUE_CAPACITY,
            Duration.ofSeconds(5),
            MAX_STREAMS_PER_CALLER);

    private EventsTestSettings() {}
}
