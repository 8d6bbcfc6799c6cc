package dev.portside.application.event;

import dev.portside.application.shared.Actor;
import dev.portside.domain.event.StoredEvent;

/**
 * Who receives which event: the event's audience, judged for the subscriber, with the REST API's
 * rules (the audience was chosen from them when the event was written: an order or an account for its
 * owner and admins, published posts, their comments and products for everyone).
 */
final class EventAccess {

    private EventAccess() {}

    static boolean canSee(Actor subscriber, StoredEvent stored) {
        return stored.event().audience().admits(subscriber.id(), subscriber.isAdmin());
    }
}
