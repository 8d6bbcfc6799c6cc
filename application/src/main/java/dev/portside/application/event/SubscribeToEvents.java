package dev.portside.application.event;

/**
 * Opens a subscription to live events: the events of the given topics that the caller may see, from
 * now on, or from after a resume position. What arrives is decided per event by the same rules as the
 * REST API (an order or account only for its owner and admins; posts, comments and products for all).
 */
public interface SubscribeToEvents {

    /**
     * @throws SubscriptionLimitException when the caller already holds the most subscriptions allowed
     */
    EventSubscription subscribe(SubscribeToEventsCommand command);
}
