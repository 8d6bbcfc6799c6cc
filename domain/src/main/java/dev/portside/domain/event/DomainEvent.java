package dev.portside.domain.event;

import java.util.Objects;
import java.util.UUID;

/**
 * Something that changed, as subscribers learn of it: what happened ({@link EventType}), to which
 * aggregate (the id of the post, comment, order, product or account whose state changed), on which
 * {@link Topic}, who may see it ({@link Audience}) and the changed fields ({@link EventData}).
 * Use cases write events to the {@link dev.portside.domain.event.port.Outbox} in the unit of work
 * that makes the change, so an event exists exactly when its change committed.
 *
 * <p>Events of one aggregate are stored in the order their units committed; the features build them
 * ({@code BlogEvents}, {@code ShopEvents}, {@code BankEvents}).
 */
public record DomainEvent(EventType type, UUID aggregateId, Topic topic, Audience audience, EventData data) {

    public DomainEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(data, "data");
    }
}
