package dev.portside.application.event;

import dev.portside.domain.event.StoredEvent;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/** What a subscription hands its transport, in order. */
public sealed interface Delivery {

    /**
     * An event the subscriber may see. One instance is shared by every subscription that receives the
     * event, so its wire form is rendered once ({@link #json()}).
     */
    final class Event implements Delivery {

        private final StoredEvent stored;
        private volatile @Nullable String json;

        Event(StoredEvent stored) {
            this.stored = Objects.requireNonNull(stored, "stored");
        }

        public StoredEvent stored() {
            return stored;
        }

        public long id() {
            return stored.id();
        }

        public String type() {
            return stored.event().type().wireName();
        }

        /** The event as JSON, the same on every transport ({@link EventJson}). */
        public String json() {
            String rendered = json;
            if (rendered == null) {
                rendered = EventJson.render(stored);
                json = rendered;
            }
            return rendered;
        }
    }

    /** Nothing happened for a while; transports send it so that proxies keep the connection open. */
    record Heartbeat(Instant at) implements Delivery {}

    /** The last delivery: the service ended the subscription, and why. */
    record Closed(CloseReason reason) implements Delivery {}
}
